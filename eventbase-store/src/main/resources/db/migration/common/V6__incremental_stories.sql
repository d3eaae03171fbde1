-- Stories are updated per saved article instead of rebuilt whole (docs/stories.md, "Cost of adding an article").
-- The story rows are derived from the clustering tables; they are emptied here and rebuilt from those tables the
-- first time the store is opened after this migration (StoryWriter.rebuildAll).
DELETE FROM stories;
DELETE FROM story_articles;
DELETE FROM merged_events;
DELETE FROM merged_event_mentions;
DELETE FROM merged_event_claims;

-- A merged event's place in its story's timeline is its day_from, then its id; a stored ordinal changed for every
-- event of the story each time one was added.
ALTER TABLE merged_events DROP COLUMN ordinal;
-- True when the event is dated to at most 31 days: only those widen its story's time span.
ALTER TABLE merged_events ADD COLUMN within_month BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX merged_events_first ON merged_events (story_id, within_month, day_from);
CREATE INDEX merged_events_last ON merged_events (story_id, within_month, day_to);

-- The story's title and publication span by index: its oldest and newest articles.
CREATE INDEX story_articles_story_published ON story_articles (story_id, published, article_id);

-- How often each actor (as written, lower-cased) and event place occurs in a story's events: its main actors and
-- places are the five most frequent, kept as counts so that adding an article adds to them.
CREATE TABLE story_tallies (
    story_id VARCHAR(32) NOT NULL,
    kind     VARCHAR(8)  NOT NULL CHECK (kind IN ('ACTOR', 'PLACE')),
    name     TEXT        NOT NULL,
    mentions INTEGER     NOT NULL,
    PRIMARY KEY (story_id, kind, name)
);
CREATE INDEX story_tallies_top ON story_tallies (story_id, kind, mentions);
