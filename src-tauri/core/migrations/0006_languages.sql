-- Languages. The app's own follows the system unless the owner picks one ('' = the system's);
-- the shop writes to creators in its language, and to a creator with a language of their own
-- in that one ('' = the shop's). Codes are the app's languages: en, fr, de, es, it, nl, pt.
ALTER TABLE preferences ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE brand ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE creators ADD COLUMN language TEXT NOT NULL DEFAULT '';
