package org.eventbase.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors and evidence texts of a page of events, read with a fixed number of queries whatever the page's size:
 * one for the actors, one for the evidence spans, one for the article texts up to the last span (not whole
 * articles). Example: {@code EventPageDetails.read(c, keys).actors(key, "SOURCE")} is {@code "Riot police"}.
 */
final class EventPageDetails {
    private final Map<String, List<String>> actors;
    private final Map<EventKey, List<String>> evidence;

    private EventPageDetails(Map<String, List<String>> actors, Map<EventKey, List<String>> evidence) {
        this.actors = actors;
        this.evidence = evidence;
    }

    static EventPageDetails read(Connection c, List<EventKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return new EventPageDetails(Map.of(), Map.of());
        }
        String page = "(article_id, event_id) IN (VALUES " + String.join(", ", keys.stream().map(k -> "(?, ?)").toList())
                + ")";
        Map<String, List<String>> actors = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT article_id, event_id, actor_role, text "
                + "FROM event_actors WHERE " + page + " ORDER BY article_id, event_id, actor_role, ordinal")) {
            bind(s, keys, 0);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actors.computeIfAbsent(actorKey(new EventKey(r.getString(1), r.getString(2)), r.getString(3)),
                            k -> new ArrayList<>()).add(r.getString(4));
                }
            }
        }
        List<Object[]> spans = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT article_id, event_id, start_offset, end_offset "
                + "FROM event_evidence WHERE " + page + " ORDER BY article_id, event_id, ordinal")) {
            bind(s, keys, 0);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    spans.add(new Object[] {new EventKey(r.getString(1), r.getString(2)), r.getInt(3), r.getInt(4)});
                }
            }
        }
        Map<String, String> texts = textsUpToLastSpan(c, page, keys);
        Map<EventKey, List<String>> evidence = new HashMap<>();
        for (Object[] span : spans) {
            EventKey key = (EventKey) span[0];
            String text = texts.getOrDefault(key.articleId(), "");
            int start = Math.min((Integer) span[1], text.length());
            int end = Math.max(start, Math.min((Integer) span[2], text.length()));
            evidence.computeIfAbsent(key, k -> new ArrayList<>()).add(text.substring(start, end).strip());
        }
        return new EventPageDetails(actors, evidence);
    }

    /**
     * Each article's text up to its last evidence span on the page. SQL counts characters (code points) where the
     * offsets count UTF-16 units, so a prefix of that many characters always covers the span.
     */
    private static Map<String, String> textsUpToLastSpan(Connection c, String page, List<EventKey> keys)
            throws SQLException {
        Map<String, String> texts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.id, substr(a.text, 1, m.last_end) FROM articles a "
                + "JOIN (SELECT article_id, max(end_offset) AS last_end FROM event_evidence WHERE " + page
                + " GROUP BY article_id) m ON m.article_id = a.id")) {
            bind(s, keys, 0);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    texts.put(r.getString(1), r.getString(2));
                }
            }
        }
        return texts;
    }

    private static void bind(PreparedStatement s, List<EventKey> keys, int offset) throws SQLException {
        for (int i = 0; i < keys.size(); i++) {
            s.setString(offset + 2 * i + 1, keys.get(i).articleId());
            s.setString(offset + 2 * i + 2, keys.get(i).eventId());
        }
    }

    private static String actorKey(EventKey key, String role) {
        return key.articleId() + "\u0000" + key.eventId() + "\u0000" + role;
    }

    /** The event's actors in one role ({@code SOURCE} or {@code TARGET}), joined by "; ". */
    String actors(EventKey key, String role) {
        return String.join("; ", actors.getOrDefault(actorKey(key, role), List.of()));
    }

    /** The texts of the event's evidence spans, in order, joined by a space. */
    String evidence(EventKey key) {
        return String.join(" ", evidence.getOrDefault(key, List.of()));
    }
}
