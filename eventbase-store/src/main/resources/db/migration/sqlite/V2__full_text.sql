-- SQLite: FTS5 tables over article titles and texts, and over sentences. The store writes and deletes their rows
-- in the same transaction as the article's.
CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, title, text, tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE sentence_search USING fts5(article_id UNINDEXED, idx UNINDEXED, text, tokenize = 'porter unicode61');
