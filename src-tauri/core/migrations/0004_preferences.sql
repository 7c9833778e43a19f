-- What the app remembers about itself, one row: whether the first-run questions were answered,
-- the look the owner chose, and where the window was (NULL until it has been moved or sized).
CREATE TABLE preferences (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    set_up INTEGER NOT NULL DEFAULT 0 CHECK (set_up IN (0, 1)),
    theme TEXT NOT NULL DEFAULT 'system' CHECK (theme IN ('system', 'light', 'dark')),
    text_scale INTEGER NOT NULL DEFAULT 100 CHECK (text_scale IN (100, 125, 150)),
    window_x INTEGER,
    window_y INTEGER,
    window_width INTEGER CHECK (window_width > 0),
    window_height INTEGER CHECK (window_height > 0),
    window_maximized INTEGER NOT NULL DEFAULT 0 CHECK (window_maximized IN (0, 1))
);
-- A file already in use was set up before this question existed: it is not asked again.
INSERT INTO preferences (id, set_up)
SELECT 1, EXISTS (SELECT 1 FROM creators) OR EXISTS (SELECT 1 FROM briefs)
          OR (SELECT shop_name <> '' FROM brand WHERE id = 1);

-- The city filter finds a city's creators open to gifting from the index alone (city + gifting
-- + niche over 100,000 creators read every row of the city before).
CREATE INDEX creators_by_city_gifting ON creators (archived, city_key, open_to_gifting);
