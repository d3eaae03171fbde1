-- Indexes for the bounding-box filter, which read every event's place at scale (bench/README.md, "The store at
-- scale"): places by latitude and longitude, then their events by place. Numbered V5: V4 is the stories migration.
CREATE INDEX places_lat_lon ON places (lat, lon);
CREATE INDEX events_article_place ON events (article_id, place_id);
