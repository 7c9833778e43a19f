-- The shop's brand profile (one row) and influencer briefs addressed to creators.
CREATE TABLE brand (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    shop_name     TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    website       TEXT NOT NULL DEFAULT '',
    instagram     TEXT NOT NULL DEFAULT '',
    contact_name  TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    accent_color  TEXT NOT NULL DEFAULT '#E8554F',
    page_size     TEXT NOT NULL DEFAULT 'a4' CHECK (page_size IN ('a4', 'letter')),
    date_style    TEXT NOT NULL DEFAULT 'dmy' CHECK (date_style IN ('dmy', 'mdy', 'iso')),
    logo          BLOB
);
INSERT INTO brand (id) VALUES (1);

-- List fields (goals, messaging, ...) are JSON arrays of strings; the timeline a JSON array of
-- {label, when} where when is an ISO date (2026-12-01) or week (2026-W49).
CREATE TABLE briefs (
    id           INTEGER PRIMARY KEY,
    campaign     TEXT    NOT NULL CHECK (length(campaign) BETWEEN 1 AND 120),
    summary      TEXT    NOT NULL DEFAULT '',
    goals        TEXT    NOT NULL DEFAULT '[]',
    messaging    TEXT    NOT NULL DEFAULT '[]',
    disclosure   TEXT    NOT NULL DEFAULT '',
    target_group TEXT    NOT NULL DEFAULT '[]',
    deliverables TEXT    NOT NULL DEFAULT '[]',
    timeline     TEXT    NOT NULL DEFAULT '[]',
    compensation TEXT    NOT NULL DEFAULT '',
    dos          TEXT    NOT NULL DEFAULT '[]',
    donts        TEXT    NOT NULL DEFAULT '[]',
    contact      TEXT    NOT NULL DEFAULT '',
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);
CREATE INDEX briefs_by_updated ON briefs (archived, updated_at);

-- Who a brief is addressed to, each with their own discount code, unique within the brief.
CREATE TABLE brief_recipients (
    brief_id   INTEGER NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
    creator_id INTEGER NOT NULL REFERENCES creators (id) ON DELETE CASCADE,
    code       TEXT    NOT NULL CHECK (length(code) BETWEEN 3 AND 20),
    position   INTEGER NOT NULL,
    PRIMARY KEY (brief_id, creator_id),
    UNIQUE (brief_id, code)
) WITHOUT ROWID;
CREATE INDEX brief_recipients_by_creator ON brief_recipients (creator_id);
