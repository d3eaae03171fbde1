-- Country codes are stored upper-case (the writer upper-cases them too), so that the country filter compares them
-- plainly and can use places_country. The events filter sorts newest first (day_from DESC, then article and event
-- id): an index in that order lets it stop after a page of matches instead of sorting them all (bench/README.md,
-- "The store at scale").
UPDATE places SET country_code = upper(country_code) WHERE country_code <> upper(country_code);
CREATE INDEX events_day_order ON events (day_from DESC, article_id, event_id);
