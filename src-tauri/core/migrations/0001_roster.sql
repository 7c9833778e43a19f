-- The creator roster. name_key and city_key are the names folded for sorting (lower case,
-- accents removed: "Ángel" sorts with "Angel"). Derived figures (total_followers, top_followers, tier, engagement) are
-- computed in Rust on every write and stored so that 100,000 rows sort and filter on indexes.
CREATE TABLE creators (
    id               INTEGER PRIMARY KEY,
    display_name     TEXT    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    name_key         TEXT    NOT NULL DEFAULT '',
    city             TEXT    NOT NULL DEFAULT '',
    city_key         TEXT    NOT NULL DEFAULT '',
    email            TEXT    NOT NULL DEFAULT '',
    phone            TEXT    NOT NULL DEFAULT '',
    avg_likes        INTEGER CHECK (avg_likes >= 0),
    avg_comments     INTEGER CHECK (avg_comments >= 0),
    avg_shares       INTEGER CHECK (avg_shares >= 0),
    engagement_typed REAL    CHECK (engagement_typed BETWEEN 0 AND 100),
    rate_minor       INTEGER CHECK (rate_minor >= 0),
    currency         TEXT    NOT NULL DEFAULT 'EUR',
    open_to_gifting  INTEGER NOT NULL DEFAULT 0 CHECK (open_to_gifting IN (0, 1)),
    status           TEXT    NOT NULL DEFAULT 'prospect'
                     CHECK (status IN ('prospect', 'contacted', 'active', 'paused', 'do_not_contact')),
    notes            TEXT    NOT NULL DEFAULT '',
    total_followers  INTEGER NOT NULL DEFAULT 0,
    top_followers    INTEGER NOT NULL DEFAULT 0,
    tier             TEXT    NOT NULL DEFAULT 'starter',
    engagement       REAL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

CREATE INDEX creators_by_name ON creators (name_key, id);
CREATE INDEX creators_by_followers ON creators (total_followers, id);
CREATE INDEX creators_by_top_followers ON creators (top_followers, id);
CREATE INDEX creators_by_engagement ON creators (engagement, id);
CREATE INDEX creators_by_city ON creators (city_key, id);
CREATE INDEX creators_by_status ON creators (status, id);
CREATE INDEX creators_by_tier ON creators (tier, id);
CREATE INDEX creators_by_updated ON creators (updated_at, id);

-- One handle per platform per creator; a handle belongs to one creator only.
CREATE TABLE creator_handles (
    creator_id INTEGER NOT NULL REFERENCES creators (id) ON DELETE CASCADE,
    platform   TEXT    NOT NULL CHECK (platform IN ('instagram', 'tiktok', 'youtube', 'other')),
    handle     TEXT    NOT NULL CHECK (length(handle) BETWEEN 1 AND 200),
    followers  INTEGER NOT NULL DEFAULT 0 CHECK (followers BETWEEN 0 AND 10000000000),
    PRIMARY KEY (creator_id, platform),
    UNIQUE (platform, handle)
) WITHOUT ROWID;

CREATE INDEX creator_handles_by_platform ON creator_handles (platform, creator_id);

CREATE TABLE creator_niches (
    creator_id INTEGER NOT NULL REFERENCES creators (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    niche      TEXT    NOT NULL,
    PRIMARY KEY (creator_id, position)
) WITHOUT ROWID;

CREATE INDEX creator_niches_by_niche ON creator_niches (niche COLLATE NOCASE, creator_id);

-- Search as you type: rowid is the creator id, kept in step by the roster code in the same transaction.
CREATE VIRTUAL TABLE creators_fts USING fts5 (
    name, handles, niches, city, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
