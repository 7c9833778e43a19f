-- Deals: what the shop gives a creator, what the creator delivers, and what it brought.
-- Money is in minor units (cents) of the deal's currency; dates are ISO dates (2026-12-01).

-- A creator with deals is archived rather than deleted, so no deal loses its creator.
ALTER TABLE creators ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
-- The roster list shows one side of that line: each of its sort indexes starts with it, so a
-- page is still one range of an index read in order.
DROP INDEX creators_by_name;
CREATE INDEX creators_by_name ON creators (archived, name_key, id);
DROP INDEX creators_by_followers;
CREATE INDEX creators_by_followers ON creators (archived, total_followers, id);
DROP INDEX creators_by_top_followers;
CREATE INDEX creators_by_top_followers ON creators (archived, top_followers, id);
DROP INDEX creators_by_engagement;
CREATE INDEX creators_by_engagement ON creators (archived, engagement, id);
DROP INDEX creators_by_city;
CREATE INDEX creators_by_city ON creators (archived, city_key, id);
DROP INDEX creators_by_status;
CREATE INDEX creators_by_status ON creators (archived, status, id);
DROP INDEX creators_by_tier;
CREATE INDEX creators_by_tier ON creators (archived, tier, id);
DROP INDEX creators_by_updated;
CREATE INDEX creators_by_updated ON creators (archived, updated_at, id);
ALTER TABLE brand ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR';

-- The platforms a creator has a handle on, as bits (Instagram 1, TikTok 2, YouTube 4, other 8),
-- kept by the roster code: the tier and platform filters then count from an index alone.
ALTER TABLE creators ADD COLUMN platform_mask INTEGER NOT NULL DEFAULT 0;
UPDATE creators SET platform_mask = (
    SELECT coalesce(sum(CASE platform WHEN 'instagram' THEN 1 WHEN 'tiktok' THEN 2
                                      WHEN 'youtube' THEN 4 ELSE 8 END), 0)
    FROM creator_handles WHERE creator_id = creators.id);
CREATE INDEX creators_by_tier_platforms ON creators (archived, tier, platform_mask);
CREATE INDEX creators_by_platforms ON creators (archived, platform_mask);

CREATE TABLE deals (
    id                INTEGER PRIMARY KEY,
    creator_id        INTEGER NOT NULL REFERENCES creators (id) ON DELETE RESTRICT,
    brief_id          INTEGER REFERENCES briefs (id) ON DELETE SET NULL,
    campaign          TEXT    NOT NULL DEFAULT '' CHECK (length(campaign) <= 120),
    -- One or more of gifting, visit, barter, affiliate, paid, comma separated (a mix is several).
    kinds             TEXT    NOT NULL,
    status            TEXT    NOT NULL DEFAULT 'proposed'
                      CHECK (status IN ('proposed', 'agreed', 'product_sent', 'content_due',
                                        'posted', 'completed', 'declined', 'cancelled')),
    platform          TEXT    NOT NULL DEFAULT 'instagram'
                      CHECK (platform IN ('instagram', 'tiktok', 'youtube', 'other')),
    currency          TEXT    NOT NULL,
    fee_minor         INTEGER NOT NULL DEFAULT 0 CHECK (fee_minor >= 0),
    -- Commission in hundredths of a percent (12.5 % = 1250).
    commission_bp     INTEGER NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),
    shipping_minor    INTEGER NOT NULL DEFAULT 0 CHECK (shipping_minor >= 0),
    start_date        TEXT    NOT NULL,
    handover_date     TEXT,
    visit_at          TEXT    NOT NULL DEFAULT '',
    discount_code     TEXT    NOT NULL DEFAULT '',
    landing_url       TEXT    NOT NULL DEFAULT '',
    reach             INTEGER CHECK (reach >= 0),
    impressions       INTEGER CHECK (impressions >= 0),
    likes             INTEGER CHECK (likes >= 0),
    comments          INTEGER CHECK (comments >= 0),
    shares            INTEGER CHECK (shares >= 0),
    saves             INTEGER CHECK (saves >= 0),
    clicks            INTEGER CHECK (clicks >= 0),
    redemptions       INTEGER CHECK (redemptions >= 0),
    walk_ins          INTEGER CHECK (walk_ins >= 0),
    revenue_minor     INTEGER CHECK (revenue_minor >= 0),
    rating            INTEGER CHECK (rating BETWEEN 1 AND 5),
    work_again        INTEGER CHECK (work_again IN (0, 1)),
    feedback          TEXT    NOT NULL DEFAULT '',
    notes             TEXT    NOT NULL DEFAULT '',
    -- Last follow-up reminder sent (7, 10 or 14 days after hand-over), so each is offered once.
    nudged_day        INTEGER NOT NULL DEFAULT 0,
    -- Kept in step by the deal code so lists sort, filter and sum without joins: the earliest
    -- due date of what is not posted yet, how many deliverables are open, whether any is posted.
    next_due          TEXT,
    open_deliverables INTEGER NOT NULL DEFAULT 0,
    posted_any        INTEGER NOT NULL DEFAULT 0,
    items_cost_minor  INTEGER NOT NULL DEFAULT 0,
    cost_minor        INTEGER NOT NULL DEFAULT 0,
    retail_minor      INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX deals_by_status ON deals (status, start_date);
CREATE INDEX deals_by_start ON deals (start_date, id);
-- Nothing due sorts last; the list orders and filters by this same expression.
CREATE INDEX deals_by_due ON deals (coalesce(next_due, '9999-12-31'), id);
-- What is due or late: open deals only (the dashboard repeats this WHERE to use it).
CREATE INDEX deals_open_by_due ON deals (coalesce(next_due, '9999-12-31'), id)
    WHERE status NOT IN ('completed', 'declined', 'cancelled');
CREATE INDEX deals_by_brief ON deals (brief_id);
-- Covering indexes for the dashboard's sums, so they read an index instead of every row.
CREATE INDEX deals_by_creator ON deals (creator_id, currency, revenue_minor, cost_minor, start_date);
CREATE INDEX deals_by_handover ON deals (handover_date, currency, status, items_cost_minor, retail_minor)
    WHERE handover_date IS NOT NULL;
CREATE INDEX deals_by_campaign ON deals (campaign, currency, status, reach, clicks, redemptions,
    walk_ins, revenue_minor, cost_minor);

CREATE TABLE deal_items (
    deal_id          INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name             TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    quantity         INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    unit_cost_minor  INTEGER NOT NULL CHECK (unit_cost_minor >= 0),
    unit_retail_minor INTEGER NOT NULL CHECK (unit_retail_minor >= 0),
    PRIMARY KEY (deal_id, position)
) WITHOUT ROWID;

CREATE TABLE deal_deliverables (
    deal_id         INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    label           TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
    due_date        TEXT,
    post_url        TEXT    NOT NULL DEFAULT '',
    posted_date     TEXT,
    disclosure_seen INTEGER NOT NULL DEFAULT 0 CHECK (disclosure_seen IN (0, 1)),
    PRIMARY KEY (deal_id, position)
) WITHOUT ROWID;
-- Overdue and due-this-week look only at what is still to be posted.
CREATE INDEX deliverables_open_by_due ON deal_deliverables (due_date, deal_id)
    WHERE posted_date IS NULL AND due_date IS NOT NULL;

CREATE TABLE deal_history (
    id          INTEGER PRIMARY KEY,
    deal_id     INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    at          TEXT    NOT NULL,
    from_status TEXT,
    to_status   TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX deal_history_by_deal ON deal_history (deal_id, id);
