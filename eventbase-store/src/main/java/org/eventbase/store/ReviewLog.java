package org.eventbase.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes and reads event reviews: the current verdict in {@code event_reviews}, every verdict in
 * {@code review_audit}, both in one transaction. Example: {@code new ReviewLog(c).save(review, "2026-12-01T01:50:00Z")}.
 */
final class ReviewLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection c;

    ReviewLog(Connection connection) {
        this.c = connection;
    }

    /** Stores the verdict as the event's next revision; the caller commits. */
    EventReview save(EventReview review, String at) throws SQLException {
        EventKey key = review.event();
        int revision = 1;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT max(revision) FROM review_audit WHERE article_id = ? AND event_id = ?")) {
            s.setString(1, key.articleId());
            s.setString(2, key.eventId());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    revision = r.getInt(1) + 1;
                }
            }
        }
        EventReview saved = new EventReview(key, review.status(), review.corrected(), review.reviewer(),
                review.reason(), at, revision);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM event_reviews WHERE article_id = ? AND event_id = ?")) {
            s.setString(1, key.articleId());
            s.setString(2, key.eventId());
            s.executeUpdate();
        }
        insert("event_reviews", saved);
        insert("review_audit", saved);
        return saved;
    }

    private void insert(String table, EventReview r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (article_id, event_id, status, "
                + "corrected_fields, reviewer, reason, reviewed_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.event().articleId());
            s.setString(2, r.event().eventId());
            s.setString(3, r.status().label());
            s.setString(4, r.corrected().isEmpty() ? null : toJson(r.corrected()));
            s.setString(5, r.reviewer());
            s.setString(6, r.reason());
            s.setString(7, r.reviewedAt());
            s.setInt(8, r.revision());
            s.executeUpdate();
        }
    }

    /** Every verdict on the event, oldest first. */
    List<EventReview> history(EventKey key) throws SQLException {
        List<EventReview> reviews = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT status, corrected_fields, reviewer, reason, reviewed_at, "
                + "revision FROM review_audit WHERE article_id = ? AND event_id = ? ORDER BY revision")) {
            s.setString(1, key.articleId());
            s.setString(2, key.eventId());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reviews.add(new EventReview(key, ReviewStatus.parse(r.getString(1)).orElseThrow(),
                            fromJson(r.getString(2)), r.getString(3), r.getString(4), r.getString(5), r.getInt(6)));
                }
            }
        }
        return reviews;
    }

    static String toJson(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    static Map<String, String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored correction is not JSON: " + json, e);
        }
    }
}
