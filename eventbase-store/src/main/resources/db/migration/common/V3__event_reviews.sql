-- Human review of machine-coded events: the current verdict per event, and every verdict ever given (the audit
-- log). Keyed by article and event id without a foreign key, so that a review outlives re-extraction of its article.

CREATE TABLE event_reviews (
    article_id       VARCHAR(32) NOT NULL,
    event_id         VARCHAR(16) NOT NULL,
    status           VARCHAR(16) NOT NULL CHECK (status IN ('accepted', 'corrected', 'rejected')),
    corrected_fields TEXT,
    reviewer         TEXT        NOT NULL,
    reason           TEXT,
    reviewed_at      VARCHAR(32) NOT NULL,
    revision         INTEGER     NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX event_reviews_status ON event_reviews (status);

CREATE TABLE review_audit (
    article_id       VARCHAR(32) NOT NULL,
    event_id         VARCHAR(16) NOT NULL,
    revision         INTEGER     NOT NULL,
    status           VARCHAR(16) NOT NULL,
    corrected_fields TEXT,
    reviewer         TEXT        NOT NULL,
    reason           TEXT,
    reviewed_at      VARCHAR(32) NOT NULL,
    PRIMARY KEY (article_id, event_id, revision)
);
