-- PostgreSQL: the text behind the events filters --actor and --text, one row per event (its actors: each source's
-- and target's text with its entity's name; the sentences its evidence spans overlap), with GIN indexes over their
-- English tsvectors. The store writes its rows with the article's; this fills it for the events already stored.
CREATE TABLE event_search (
    article_id VARCHAR(32) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id   VARCHAR(16) NOT NULL,
    actors     TEXT        NOT NULL,
    evidence   TEXT        NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
INSERT INTO event_search (article_id, event_id, actors, evidence)
SELECT e.article_id, e.event_id,
    coalesce((SELECT string_agg(ac.text || coalesce(' ' || en.name, ''), ' ; ') FROM event_actors ac
        LEFT JOIN entities en ON en.article_id = ac.article_id AND en.entity_id = ac.entity_id
        WHERE ac.article_id = e.article_id AND ac.event_id = e.event_id), ''),
    coalesce((SELECT string_agg(s.text, ' ') FROM sentences s WHERE s.article_id = e.article_id AND EXISTS (
        SELECT 1 FROM event_evidence ev WHERE ev.article_id = e.article_id AND ev.event_id = e.event_id
        AND s.start_offset < ev.end_offset AND ev.start_offset < s.end_offset)), '')
FROM events e;
CREATE INDEX event_search_actors ON event_search USING gin (to_tsvector('english', actors));
CREATE INDEX event_search_evidence ON event_search USING gin (to_tsvector('english', evidence));
