-- Each handle's look-alike key (NFKC, lower case, Unicode confusables skeleton), so saving a
-- creator finds a look-alike of its handle with one indexed lookup. Computed in Rust: this
-- migration's Rust step fills it for the handles already stored.
ALTER TABLE creator_handles ADD COLUMN look_alike_key TEXT NOT NULL DEFAULT '';
CREATE INDEX creator_handles_by_key ON creator_handles (platform, look_alike_key);
