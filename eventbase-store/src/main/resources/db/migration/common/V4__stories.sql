-- Stories (docs/stories.md): the state of incremental story clustering (profiles posted under index keys, links,
-- clusters) and, rebuilt from it for every story an ingest touches, the stories with their articles, merged events,
-- mentions and conflicting claims. Every row is a function of the set of stored articles, not of their order.

-- What clustering keeps of each article (JSON of org.eventbase.story.ArticleProfile).
CREATE TABLE story_profiles (
    article_id VARCHAR(32) PRIMARY KEY,
    profile    TEXT        NOT NULL
);

-- Blocking index: MinHash band keys and name@week keys; candidates for links come from here only.
CREATE TABLE story_keys (
    index_key  VARCHAR(400) NOT NULL,
    article_id VARCHAR(32)  NOT NULL,
    PRIMARY KEY (index_key, article_id)
);
CREATE INDEX story_keys_article ON story_keys (article_id);

-- Links: near-duplicate articles (DUPLICATES), articles of one story (STORIES), event mentions of one event (EVENTS).
CREATE TABLE story_links (
    grouping_kind VARCHAR(16)  NOT NULL CHECK (grouping_kind IN ('DUPLICATES', 'STORIES', 'EVENTS')),
    member_a      VARCHAR(48)  NOT NULL,
    member_b      VARCHAR(48)  NOT NULL,
    article_a     VARCHAR(32)  NOT NULL,
    article_b     VARCHAR(32)  NOT NULL,
    PRIMARY KEY (grouping_kind, member_a, member_b)
);
CREATE INDEX story_links_b ON story_links (grouping_kind, member_b);
CREATE INDEX story_links_article_a ON story_links (article_a);
CREATE INDEX story_links_article_b ON story_links (article_b);

-- The cluster each member is in: the canonical article (DUPLICATES), the story (STORIES), the merged event (EVENTS).
CREATE TABLE story_clusters (
    grouping_kind VARCHAR(16) NOT NULL CHECK (grouping_kind IN ('DUPLICATES', 'STORIES', 'EVENTS')),
    member        VARCHAR(48) NOT NULL,
    cluster_id    VARCHAR(48) NOT NULL,
    article_id    VARCHAR(32) NOT NULL,
    PRIMARY KEY (grouping_kind, member)
);
CREATE INDEX story_clusters_cluster ON story_clusters (grouping_kind, cluster_id);
CREATE INDEX story_clusters_article ON story_clusters (article_id);

CREATE TABLE stories (
    id          VARCHAR(32) PRIMARY KEY,
    title       TEXT,
    first_day   VARCHAR(10),
    last_day    VARCHAR(10),
    articles    INTEGER     NOT NULL,
    events      INTEGER     NOT NULL,
    conflicting INTEGER     NOT NULL,
    actors      TEXT        NOT NULL,
    places      TEXT        NOT NULL
);
CREATE INDEX stories_last_day ON stories (last_day);

-- Story membership, with each article's canonical copy among its near-duplicates (itself when it has none).
CREATE TABLE story_articles (
    article_id   VARCHAR(32) PRIMARY KEY,
    story_id     VARCHAR(32) NOT NULL,
    canonical_id VARCHAR(32) NOT NULL,
    title        TEXT,
    publisher    TEXT,
    published    VARCHAR(10)
);
CREATE INDEX story_articles_story ON story_articles (story_id);
CREATE INDEX story_articles_canonical ON story_articles (canonical_id);

CREATE TABLE merged_events (
    id           VARCHAR(48) PRIMARY KEY,
    story_id     VARCHAR(32) NOT NULL,
    ordinal      INTEGER     NOT NULL,
    event_type   VARCHAR(16) NOT NULL,
    mode         VARCHAR(32),
    place        TEXT,
    country_code VARCHAR(2),
    day_from     VARCHAR(10),
    day_to       VARCHAR(10),
    mentions     INTEGER     NOT NULL,
    conflicting  BOOLEAN     NOT NULL
);
CREATE INDEX merged_events_story ON merged_events (story_id);

-- Every event mention of a merged event: its article, event and evidence (a store-wide event id is ARTICLE-evN).
CREATE TABLE merged_event_mentions (
    merged_event_id VARCHAR(48) NOT NULL,
    story_id        VARCHAR(32) NOT NULL,
    article_id      VARCHAR(32) NOT NULL,
    event_id        VARCHAR(16) NOT NULL,
    publisher       TEXT,
    published       VARCHAR(10),
    evidence        TEXT,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX merged_event_mentions_merged ON merged_event_mentions (merged_event_id);
CREATE INDEX merged_event_mentions_story ON merged_event_mentions (story_id);

-- Every figure a source gives for a merged event, side by side; the summary columns repeat on each row of a kind.
CREATE TABLE merged_event_claims (
    merged_event_id VARCHAR(48) NOT NULL,
    story_id        VARCHAR(32) NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    ordinal         INTEGER     NOT NULL,
    article_id      VARCHAR(32) NOT NULL,
    event_id        VARCHAR(16) NOT NULL,
    publisher       TEXT,
    published       VARCHAR(10),
    min_value       INTEGER     NOT NULL,
    max_value       INTEGER,
    text            TEXT,
    claimant        TEXT,
    range_low       INTEGER     NOT NULL,
    range_high      INTEGER,
    latest          VARCHAR(24) NOT NULL,
    most_cited      VARCHAR(24) NOT NULL,
    citations       INTEGER     NOT NULL,
    conflicting     BOOLEAN     NOT NULL,
    PRIMARY KEY (merged_event_id, kind, ordinal)
);
CREATE INDEX merged_event_claims_story ON merged_event_claims (story_id);
