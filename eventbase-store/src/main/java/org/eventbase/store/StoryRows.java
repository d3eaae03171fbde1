package org.eventbase.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eventbase.story.ArticleProfile;
import org.eventbase.story.ClaimSummary;
import org.eventbase.story.CountClaim;
import org.eventbase.story.EventMention;
import org.eventbase.story.EventProfile;
import org.eventbase.story.MergedEvent;
import org.eventbase.story.Story;
import org.eventbase.story.StoryArticle;

/**
 * The rows one story is stored as, written a piece at a time: an article's {@code story_articles} row and its
 * {@code story_tallies} counts, one merged event with its mentions and claims, and the {@code stories} summary row,
 * whose title, span, main actors and places come from indexed lookups and whose counts are passed in. Each write
 * touches the rows named, never the rest of the story. Example: {@code rows.mergedEvent(storyId, merged)}.
 */
final class StoryRows {
    private static final int TOP = 5;

    private final Connection c;
    private final String collate;

    StoryRows(Connection connection) {
        this.c = connection;
        this.collate = vendor(connection) == Vendor.POSTGRESQL ? " COLLATE \"C\"" : "";
    }

    private static Vendor vendor(Connection connection) {
        try {
            return Vendor.ofUrl(connection.getMetaData().getURL()).orElse(Vendor.SQLITE);
        } catch (SQLException e) {
            throw new DocumentWriter.SqlFailure(e);
        }
    }

    /** The article's membership row and its events' actors and places added to the story's tallies. */
    void article(String storyId, ArticleProfile p, String canonical) throws SQLException {
        update("INSERT INTO story_articles (article_id, story_id, canonical_id, title, publisher, published) "
                + "VALUES (?, ?, ?, ?, ?, ?)", p.articleId(), storyId, canonical, p.title(), p.publisher(),
                p.published());
        for (Map.Entry<String, Integer> t : tallies(p).entrySet()) {
            String[] kindName = t.getKey().split(":", 2);
            tally(storyId, kindName[0], kindName[1], t.getValue());
        }
    }

    /** What an article adds to its story's tallies: {@code ACTOR:name} and {@code PLACE:name} with their counts. */
    private static Map<String, Integer> tallies(ArticleProfile p) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EventProfile e : p.events()) {
            e.actors().forEach(a -> counts.merge("ACTOR:" + a.toLowerCase(Locale.ROOT), 1, Integer::sum));
            if (e.site() != null && !e.siteInherited() && e.site().name() != null) {
                counts.merge("PLACE:" + e.site().name(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private void tally(String storyId, String kind, String name, int mentions) throws SQLException {
        int changed;
        try (PreparedStatement s = c.prepareStatement("UPDATE story_tallies SET mentions = mentions + ? "
                + "WHERE story_id = ? AND kind = ? AND name = ?")) {
            s.setInt(1, mentions);
            s.setString(2, storyId);
            s.setString(3, kind);
            s.setString(4, name);
            changed = s.executeUpdate();
        }
        if (changed == 0) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO story_tallies (story_id, kind, name, mentions) VALUES (?, ?, ?, ?)")) {
                s.setString(1, storyId);
                s.setString(2, kind);
                s.setString(3, name);
                s.setInt(4, mentions);
                s.executeUpdate();
            }
        }
    }

    /** Moves every row of story {@code from} into story {@code to} (their clusters merged; {@code to} survives). */
    void moveStory(String from, String to) throws SQLException {
        for (String table : List.of("story_articles", "merged_events", "merged_event_mentions",
                "merged_event_claims")) {
            update("UPDATE " + table + " SET story_id = ? WHERE story_id = ?", to, from);
        }
        List<Object[]> tallies = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT kind, name, mentions FROM story_tallies WHERE story_id = ?")) {
            s.setString(1, from);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tallies.add(new Object[] {r.getString(1), r.getString(2), r.getInt(3)});
                }
            }
        }
        update("DELETE FROM story_tallies WHERE story_id = ?", from);
        for (Object[] t : tallies) {
            tally(to, (String) t[0], (String) t[1], (Integer) t[2]);
        }
        update("DELETE FROM stories WHERE id = ?", from);
    }

    /** Every row of a story, gone. */
    void deleteStory(String id) throws SQLException {
        for (String table : List.of("story_articles", "merged_events", "merged_event_mentions",
                "merged_event_claims", "story_tallies")) {
            update("DELETE FROM " + table + " WHERE story_id = ?", id);
        }
        update("DELETE FROM stories WHERE id = ?", id);
    }

    /** The merged event's rows (event, mentions, claims), gone; true when it had a row and was conflicting. */
    boolean deleteMergedEvent(String id) throws SQLException {
        boolean conflicting = false;
        try (PreparedStatement s = c.prepareStatement("SELECT conflicting FROM merged_events WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                conflicting = r.next() && r.getBoolean(1);
            }
        }
        for (String sql : List.of("DELETE FROM merged_events WHERE id = ?",
                "DELETE FROM merged_event_mentions WHERE merged_event_id = ?",
                "DELETE FROM merged_event_claims WHERE merged_event_id = ?")) {
            update(sql, id);
        }
        return conflicting;
    }

    /** True when the merged event has a row. */
    boolean hasMergedEvent(String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM merged_events WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Writes one merged event with its mentions and its claims (each kind's summary repeated on its rows). */
    void mergedEvent(String storyId, MergedEvent m) throws SQLException {
        update("INSERT INTO merged_events (id, story_id, event_type, mode, place, country_code, day_from, day_to, "
                + "mentions, conflicting, within_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), storyId,
                m.type().name(), m.mode(), m.place(), m.country(), m.days() == null ? null : m.days().from(),
                m.days() == null ? null : m.days().to(), m.mentions().size(), m.conflicting(),
                m.days() != null && m.days().days() <= 31);
        for (EventMention e : m.mentions()) {
            update("INSERT INTO merged_event_mentions (merged_event_id, story_id, article_id, event_id, publisher, "
                    + "published, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)", m.id(), storyId, e.articleId(),
                    eventId(e.eventKey(), e.articleId()), e.publisher(), e.published(), e.evidence());
        }
        for (ClaimSummary summary : m.claims()) {
            int n = 0;
            for (CountClaim claim : summary.claims()) {
                update("INSERT INTO merged_event_claims (merged_event_id, story_id, kind, ordinal, article_id, "
                        + "event_id, publisher, published, min_value, max_value, text, claimant, range_low, "
                        + "range_high, latest, most_cited, citations, conflicting) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), storyId,
                        summary.kind().name(), n++, claim.articleId(), eventId(claim.eventKey(), claim.articleId()),
                        claim.publisher(), claim.published(), claim.min(), claim.max(), claim.text(),
                        claim.claimant(), summary.low(), summary.high(), summary.latest().figure(),
                        summary.mostCited(), summary.citations(), summary.conflicting());
            }
        }
    }

    /** The story's counts as stored, or zeros when it has no summary row yet. */
    Counts counts(String storyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT articles, events, conflicting FROM stories WHERE id = ?")) {
            s.setString(1, storyId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Counts(r.getInt(1), r.getInt(2), r.getInt(3)) : Counts.NONE;
            }
        }
    }

    /**
     * (Re)writes the summary row: the title of the oldest article, the span from the oldest to the newest
     * publication day and the dates of events dated to at most a month, the five most frequent actors and places,
     * and the counts given.
     */
    void summary(String storyId, Counts counts) throws SQLException {
        String[] first = firstRow("SELECT title, published FROM story_articles WHERE story_id = ? "
                + "AND published IS NOT NULL ORDER BY published, article_id LIMIT 1", storyId, 2);
        String title = first != null ? first[0]
                : firstRow("SELECT title FROM story_articles WHERE story_id = ? ORDER BY article_id LIMIT 1",
                        storyId, 1)[0];
        String from = least(first == null ? null : first[1], value("SELECT day_from FROM merged_events "
                + "WHERE story_id = ? AND within_month = ? ORDER BY day_from LIMIT 1", storyId));
        String[] last = firstRow("SELECT published FROM story_articles WHERE story_id = ? "
                + "AND published IS NOT NULL ORDER BY published DESC LIMIT 1", storyId, 1);
        String to = greatest(last == null ? null : last[0], value("SELECT day_to FROM merged_events "
                + "WHERE story_id = ? AND within_month = ? ORDER BY day_to DESC LIMIT 1", storyId));
        update("DELETE FROM stories WHERE id = ?", storyId);
        update("INSERT INTO stories (id, title, first_day, last_day, articles, events, conflicting, actors, places) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", storyId, title, from, from == null ? null : to,
                counts.articles(), counts.events(), counts.conflicting(), json(top(storyId, "ACTOR")),
                json(top(storyId, "PLACE")));
    }

    private List<String> top(String storyId, String kind) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM story_tallies WHERE story_id = ? AND kind = ? "
                + "ORDER BY mentions DESC, name" + collate + " LIMIT " + TOP)) {
            s.setString(1, storyId);
            s.setString(2, kind);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        return names;
    }

    private String value(String sql, String storyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, storyId);
            s.setBoolean(2, true);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private String[] firstRow(String sql, String storyId, int columns) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, storyId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getString(i + 1);
                }
                return row;
            }
        }
    }

    private static String least(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private static String greatest(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static String eventId(String eventKey, String articleId) {
        return eventKey.startsWith(articleId + "-") ? eventKey.substring(articleId.length() + 1) : eventKey;
    }

    private static String json(Object value) {
        try {
            return JdbcStoryGraph.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    s.setNull(i + 1, Types.NULL);
                } else if (v instanceof Integer n) {
                    s.setInt(i + 1, n);
                } else if (v instanceof Boolean b) {
                    s.setBoolean(i + 1, b);
                } else {
                    s.setString(i + 1, v.toString());
                }
            }
            s.executeUpdate();
        }
    }

    /** Writes a whole story: the same rows as adding its articles one at a time. */
    void story(Story story, Function<String, ArticleProfile> profiles) throws SQLException {
        for (StoryArticle a : story.articles()) {
            article(story.id(), profiles.apply(a.articleId()), a.canonical());
        }
        int conflicting = 0;
        for (MergedEvent m : story.timeline()) {
            mergedEvent(story.id(), m);
            conflicting += m.conflicting() ? 1 : 0;
        }
        summary(story.id(), new Counts(story.articles().size(), story.timeline().size(), conflicting));
    }

    /** A story's counts: articles, merged events, and merged events with conflicting figures. */
    record Counts(int articles, int events, int conflicting) {
        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(articles + o.articles, events + o.events, conflicting + o.conflicting);
        }
    }
}
