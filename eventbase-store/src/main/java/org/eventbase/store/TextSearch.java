package org.eventbase.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Full-text search over articles (title and text) and sentences: SQLite's FTS5 with the Porter stemmer, or
 * PostgreSQL's English text search. Every word of the query must match (stemmed: "marched" finds "marching").
 * Example: {@code new TextSearch(c, Vendor.SQLITE).search("dock workers", 10)}.
 */
final class TextSearch {
    private final Connection c;
    private final Vendor vendor;

    TextSearch(Connection connection, Vendor vendor) {
        this.c = connection;
        this.vendor = vendor;
    }

    List<SearchHit> search(String query, int limit) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        try {
            if (vendor == Vendor.SQLITE) {
                String match = words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" "));
                run("SELECT a.id, a.title, a.published, -1, snippet(article_search, 2, '[', ']', '…', 16) "
                        + "FROM article_search JOIN articles a ON a.id = article_search.article_id "
                        + "WHERE article_search MATCH ? ORDER BY rank, a.id LIMIT ?",
                        match, limit, SearchHit.Kind.ARTICLE, hits);
                run("SELECT a.id, a.title, a.published, sentence_search.idx, "
                        + "snippet(sentence_search, 2, '[', ']', '…', 24) "
                        + "FROM sentence_search JOIN articles a ON a.id = sentence_search.article_id "
                        + "WHERE sentence_search MATCH ? ORDER BY rank, a.id, sentence_search.idx LIMIT ?",
                        match, limit, SearchHit.Kind.SENTENCE, hits);
            } else {
                String terms = String.join(" ", words);
                run("SELECT a.id, a.title, a.published, -1, ts_headline('english', a.text, q, "
                        + "'StartSel=[, StopSel=], MaxWords=16, MinWords=6') "
                        + "FROM articles a, plainto_tsquery('english', ?) q "
                        + "WHERE a.search_vector @@ q ORDER BY ts_rank(a.search_vector, q) DESC, a.id LIMIT ?",
                        terms, limit, SearchHit.Kind.ARTICLE, hits);
                run("SELECT a.id, a.title, a.published, s.idx, ts_headline('english', s.text, q, "
                        + "'StartSel=[, StopSel=], HighlightAll=true') "
                        + "FROM sentences s JOIN articles a ON a.id = s.article_id, plainto_tsquery('english', ?) q "
                        + "WHERE s.search_vector @@ q ORDER BY ts_rank(s.search_vector, q) DESC, a.id, s.idx LIMIT ?",
                        terms, limit, SearchHit.Kind.SENTENCE, hits);
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot search for '" + query + "' (" + JdbcStore.rootMessage(e) + ")", e);
        }
        return hits;
    }

    /** The query's words, letters and digits only, so that no user text is read as query syntax. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private void run(String sql, String match, int limit, SearchHit.Kind kind, List<SearchHit> hits)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, match);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hits.add(new SearchHit(kind, r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                            r.getString(5).replaceAll("\\s+", " ").strip()));
                }
            }
        }
    }
}
