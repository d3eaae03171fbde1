-- Eventbase store schema, version 1. Plain SQL that SQLite and PostgreSQL both run; the full-text indexes,
-- which differ, are in the vendor folders (sqlite/, postgresql/). Child rows are keyed by (article_id, local id)
-- so that the same input always gives the same rows, whatever order articles were ingested in.

CREATE TABLE articles (
    id               VARCHAR(32)  PRIMARY KEY,
    input            TEXT         NOT NULL UNIQUE,
    content_hash     VARCHAR(64)  NOT NULL UNIQUE,
    url              TEXT,
    title            TEXT,
    byline           TEXT,
    publisher        TEXT,
    syndicator       TEXT,
    published        TEXT,
    published_day    VARCHAR(10),
    language         VARCHAR(8)   NOT NULL,
    text             TEXT         NOT NULL,
    source_map       TEXT         NOT NULL,
    pipeline_version TEXT         NOT NULL,
    stages           TEXT         NOT NULL,
    raw_format       VARCHAR(16)  NOT NULL,
    raw_content      TEXT         NOT NULL,
    raw_metadata     TEXT         NOT NULL,
    ingested_at      TEXT         NOT NULL
);
CREATE INDEX articles_published_day ON articles (published_day);
CREATE INDEX articles_pipeline_version ON articles (pipeline_version);

CREATE TABLE sentences (
    article_id   VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx          INTEGER     NOT NULL,
    start_offset INTEGER     NOT NULL,
    end_offset   INTEGER     NOT NULL,
    text         TEXT        NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE entities (
    article_id VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  VARCHAR(16) NOT NULL,
    name       TEXT        NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    aliases    TEXT        NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE mentions (
    article_id   VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id    VARCHAR(16) NOT NULL,
    start_offset INTEGER     NOT NULL,
    end_offset   INTEGER     NOT NULL,
    text         TEXT        NOT NULL,
    PRIMARY KEY (article_id, entity_id, start_offset)
);

CREATE TABLE entity_roles (
    article_id     VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id      VARCHAR(16) NOT NULL,
    ordinal        INTEGER     NOT NULL,
    title          TEXT        NOT NULL,
    of_text        TEXT,
    of_entity_id   VARCHAR(16),
    evidence_start INTEGER,
    evidence_end   INTEGER,
    PRIMARY KEY (article_id, entity_id, ordinal)
);

CREATE TABLE entity_attributes (
    article_id     VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id      VARCHAR(16) NOT NULL,
    ordinal        INTEGER     NOT NULL,
    name           VARCHAR(32) NOT NULL,
    value          TEXT,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    PRIMARY KEY (article_id, entity_id, ordinal)
);

CREATE TABLE times (
    article_id     VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal        INTEGER     NOT NULL,
    text           TEXT        NOT NULL,
    start_offset   INTEGER     NOT NULL,
    end_offset     INTEGER     NOT NULL,
    value          VARCHAR(32),
    time_precision VARCHAR(16),
    anchor         VARCHAR(32),
    resolved       BOOLEAN     NOT NULL,
    reason         TEXT,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE quotes (
    article_id     VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote_id       VARCHAR(16) NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    start_offset   INTEGER     NOT NULL,
    end_offset     INTEGER     NOT NULL,
    text           TEXT        NOT NULL,
    speaker_id     VARCHAR(16),
    speaker_text   TEXT,
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    speaker_reason TEXT,
    verb           VARCHAR(64),
    channel        TEXT,
    describes      TEXT,
    continues      VARCHAR(16),
    PRIMARY KEY (article_id, quote_id)
);

CREATE TABLE places (
    article_id      VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    place_id        VARCHAR(16) NOT NULL,
    name            TEXT        NOT NULL,
    geoname_id      BIGINT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    feature_class   VARCHAR(4),
    feature_code    VARCHAR(16),
    country_code    VARCHAR(4),
    admin1_code     VARCHAR(32),
    population      BIGINT      NOT NULL,
    place_precision VARCHAR(16),
    entity_id       VARCHAR(16),
    reason          TEXT,
    PRIMARY KEY (article_id, place_id)
);
CREATE INDEX places_country ON places (country_code);

CREATE TABLE place_mentions (
    article_id   VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    place_id     VARCHAR(16) NOT NULL,
    start_offset INTEGER     NOT NULL,
    end_offset   INTEGER     NOT NULL,
    text         TEXT        NOT NULL,
    PRIMARY KEY (article_id, place_id, start_offset)
);

CREATE TABLE counts (
    article_id            VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    count_id              VARCHAR(16) NOT NULL,
    kind                  VARCHAR(16) NOT NULL,
    min_value             INTEGER     NOT NULL,
    max_value             INTEGER,
    text                  TEXT        NOT NULL,
    start_offset          INTEGER     NOT NULL,
    end_offset            INTEGER     NOT NULL,
    victims               TEXT,
    evidence_start        INTEGER,
    evidence_end          INTEGER,
    historical            BOOLEAN     NOT NULL,
    PRIMARY KEY (article_id, count_id)
);

CREATE TABLE events (
    article_id           VARCHAR(32)      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id             VARCHAR(16)      NOT NULL,
    event_type           VARCHAR(16)      NOT NULL,
    mode                 VARCHAR(32),
    acled_event_type     TEXT,
    acled_sub_event_type TEXT,
    trigger_text         TEXT,
    trigger_start        INTEGER,
    trigger_end          INTEGER,
    place_text           TEXT,
    place_id             VARCHAR(16),
    place_entity_id      VARCHAR(16),
    place_start          INTEGER,
    place_end            INTEGER,
    time_text            TEXT,
    time_value           VARCHAR(32),
    time_precision       VARCHAR(16),
    time_start           INTEGER,
    time_end             INTEGER,
    day_from             VARCHAR(10),
    day_to               VARCHAR(10),
    hypothetical         BOOLEAN          NOT NULL,
    negated              BOOLEAN          NOT NULL,
    historical           BOOLEAN          NOT NULL,
    reported             BOOLEAN          NOT NULL,
    confidence           DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX events_days ON events (day_from, day_to);

CREATE TABLE event_actors (
    article_id   VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id     VARCHAR(16) NOT NULL,
    actor_role   VARCHAR(8)  NOT NULL,
    ordinal      INTEGER     NOT NULL,
    text         TEXT        NOT NULL,
    entity_id    VARCHAR(16),
    start_offset INTEGER,
    end_offset   INTEGER,
    kind         VARCHAR(32) NOT NULL,
    PRIMARY KEY (article_id, event_id, actor_role, ordinal)
);

CREATE TABLE event_counts (
    article_id VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id   VARCHAR(16) NOT NULL,
    count_id   VARCHAR(16) NOT NULL,
    PRIMARY KEY (article_id, event_id, count_id)
);

CREATE TABLE event_evidence (
    article_id   VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id     VARCHAR(16) NOT NULL,
    ordinal      INTEGER     NOT NULL,
    start_offset INTEGER     NOT NULL,
    end_offset   INTEGER     NOT NULL,
    PRIMARY KEY (article_id, event_id, ordinal)
);

-- Who asserts a count or an event (the article's own voice has no row). subject_kind is 'count' or 'event'.
CREATE TABLE claims (
    article_id            VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    subject_kind          VARCHAR(8)  NOT NULL,
    subject_id            VARCHAR(16) NOT NULL,
    claimant              TEXT        NOT NULL,
    claimant_entity_id    VARCHAR(16),
    reported_by           TEXT,
    reported_by_entity_id VARCHAR(16),
    evidence_start        INTEGER,
    evidence_end          INTEGER,
    PRIMARY KEY (article_id, subject_kind, subject_id)
);

-- Inputs whose article is already stored from another input (same clean text and URL, e.g. a syndicated copy):
-- the article kept is the one whose input sorts first; these rows let a rerun skip the others unread.
CREATE TABLE duplicate_inputs (
    input        TEXT        PRIMARY KEY,
    content_hash VARCHAR(64) NOT NULL,
    article_id   VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);

-- One row per input that could not be stored, replaced when the same input fails again and removed once it succeeds.
CREATE TABLE failures (
    input        TEXT        PRIMARY KEY,
    content_hash VARCHAR(64),
    reason       TEXT        NOT NULL,
    failed_at    TEXT        NOT NULL
);
