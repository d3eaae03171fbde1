-- PostgreSQL: 'eventbase search' ranked every matching article and sentence by recomputing its tsvector from the
-- whole text (30 s at a million events). The vectors are now stored, generated columns (kept up to date by
-- PostgreSQL itself), and the GIN indexes are built on them; queries match and rank on the stored columns.
-- Adding a stored column rewrites the two tables once, when this migration runs.
ALTER TABLE articles ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
ALTER TABLE sentences ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
DROP INDEX articles_search;
DROP INDEX sentences_search;
CREATE INDEX articles_search ON articles USING gin (search_vector);
CREATE INDEX sentences_search ON sentences USING gin (search_vector);
