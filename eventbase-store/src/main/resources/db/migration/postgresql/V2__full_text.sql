-- PostgreSQL: expression GIN indexes for English full-text search over articles and sentences; queries use the
-- same expressions so that the planner picks the indexes.
CREATE INDEX articles_search ON articles USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text));
CREATE INDEX sentences_search ON sentences USING gin (to_tsvector('english', text));
