-- Sending from the owner's own mailbox. Its settings, one row; the password is never here (it
-- is in the system's keychain, or asked once per session).
CREATE TABLE mailbox (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    preset TEXT NOT NULL DEFAULT 'other',
    host TEXT NOT NULL,
    port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    tls TEXT NOT NULL CHECK (tls IN ('starttls', 'implicit', 'none')),
    from_address TEXT NOT NULL,
    from_name TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL DEFAULT ''
);

-- Every email to a creator: waiting in the outbox (retried at next_attempt_at), sent, opened in
-- the owner's mail program, failed for good (last_error says why), or cancelled. Kept as sent,
-- so the deal and the creator's page show what went to whom.
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    brief_id INTEGER REFERENCES briefs (id) ON DELETE SET NULL,
    deal_id INTEGER REFERENCES deals (id) ON DELETE SET NULL,
    creator_id INTEGER REFERENCES creators (id) ON DELETE SET NULL,
    to_name TEXT NOT NULL DEFAULT '',
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    via TEXT NOT NULL CHECK (via IN ('smtp', 'mail_app')),
    state TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'opened', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX messages_due ON messages (state, next_attempt_at);
CREATE INDEX messages_by_deal ON messages (deal_id);
CREATE INDEX messages_by_creator ON messages (creator_id);
CREATE INDEX messages_by_brief ON messages (brief_id);

-- The files attached, in order. The bytes are kept until the message has gone (a retry sends
-- exactly what was queued), then dropped; the name and size stay as the record.
CREATE TABLE message_files (
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    content BLOB,
    PRIMARY KEY (message_id, position)
);
