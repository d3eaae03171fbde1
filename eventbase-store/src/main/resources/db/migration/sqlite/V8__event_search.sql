-- SQLite: an FTS5 table for the events filters --actor and --text, one row per event: its actors (each source's and
-- target's text with its entity's name) and the sentences its evidence spans overlap. The store writes and deletes
-- its rows with the article's; this fills it for the events already stored.
CREATE VIRTUAL TABLE event_search USING fts5(article_id UNINDEXED, event_id UNINDEXED, actors, evidence,
    tokenize = 'porter unicode61');
INSERT INTO event_search (article_id, event_id, actors, evidence)
SELECT e.article_id, e.event_id,
    coalesce((SELECT group_concat(ac.text || coalesce(' ' || en.name, ''), ' ; ') FROM event_actors ac
        LEFT JOIN entities en ON en.article_id = ac.article_id AND en.entity_id = ac.entity_id
        WHERE ac.article_id = e.article_id AND ac.event_id = e.event_id), ''),
    coalesce((SELECT group_concat(s.text, ' ') FROM sentences s WHERE s.article_id = e.article_id AND EXISTS (
        SELECT 1 FROM event_evidence ev WHERE ev.article_id = e.article_id AND ev.event_id = e.event_id
        AND s.start_offset < ev.end_offset AND ev.start_offset < s.end_offset)), '')
FROM events e;
