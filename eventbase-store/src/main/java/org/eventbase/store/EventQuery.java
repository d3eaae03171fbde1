package org.eventbase.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds events by date, place, country, bounding box, actor, type and evidence text with portable SQL (the same on
 * SQLite and PostgreSQL), newest first. Example: {@code new EventQuery(c).find(EventFilter.ALL.withCountry("CL"))}.
 */
final class EventQuery {
    /** The events with their article, review, place and claim (at most one of each), for {@link #where}. */
    static final String FROM = "FROM events e JOIN articles a ON a.id = e.article_id "
            + "LEFT JOIN event_reviews rv ON rv.article_id = e.article_id AND rv.event_id = e.event_id "
            + "LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place_id "
            + "LEFT JOIN claims cl ON cl.article_id = e.article_id AND cl.subject_kind = 'event' "
            + "AND cl.subject_id = e.event_id ";
    private static final String SELECT = "SELECT e.article_id, e.event_id, e.event_type, e.mode, e.day_from, "
            + "e.day_to, coalesce(p.name, e.place_text), p.country_code, p.lat, p.lon, e.trigger_text, e.confidence, "
            + "a.title, a.url, a.text, cl.claimant, rv.status, rv.corrected_fields, "
            + "(SELECT sum(k.min_value) FROM event_counts ec JOIN counts k ON k.article_id = ec.article_id "
            + "AND k.count_id = ec.count_id WHERE ec.article_id = e.article_id AND ec.event_id = e.event_id "
            + "AND k.kind = 'KILLED') "
            + FROM;

    private final Connection c;

    EventQuery(Connection connection) {
        this.c = connection;
    }

    Optional<EventRow> one(EventKey key) {
        List<EventRow> rows = run(SELECT + "WHERE e.article_id = ? AND e.event_id = ?",
                List.of(key.articleId(), key.eventId()), 1);
        return rows.stream().findFirst();
    }

    List<EventRow> find(EventFilter f) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        String sql = SELECT + where + " ORDER BY e.day_from DESC, e.article_id, e.event_id";
        return run(sql, args, f.limit());
    }

    /**
     * The WHERE clause (over {@link #FROM}'s aliases e, a, rv, p, cl) selecting the filter's events; adds its
     * arguments to {@code args}.
     */
    static String where(EventFilter f, List<Object> args) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        if (f.fromDay() != null) {
            where.append(" AND e.day_to >= ?");
            args.add(f.fromDay());
        }
        if (f.toDay() != null) {
            where.append(" AND e.day_from <= ?");
            args.add(f.toDay());
        }
        if (f.country() != null) {
            where.append(" AND upper(p.country_code) = ?");
            args.add(f.country().toUpperCase(Locale.ROOT));
        }
        if (f.bbox() != null) {
            where.append(" AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?");
            args.add(f.bbox().minLat());
            args.add(f.bbox().maxLat());
            args.add(f.bbox().minLon());
            args.add(f.bbox().maxLon());
        }
        if (f.place() != null) {
            where.append(" AND (lower(e.place_text) LIKE ? OR lower(p.name) LIKE ?)");
            args.add(like(f.place()));
            args.add(like(f.place()));
        }
        if (f.actor() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM event_actors ac LEFT JOIN entities en"
                    + " ON en.article_id = ac.article_id AND en.entity_id = ac.entity_id"
                    + " WHERE ac.article_id = e.article_id AND ac.event_id = e.event_id"
                    + " AND (lower(ac.text) LIKE ? OR lower(en.name) LIKE ?))");
            args.add(like(f.actor()));
            args.add(like(f.actor()));
        }
        if (f.story() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = e.article_id"
                    + " AND sa.story_id = (SELECT coalesce(max(s2.story_id), ?) FROM story_articles s2"
                    + " WHERE s2.article_id = ?))");
            args.add(f.story());
            args.add(f.story());
        }
        if (f.type() != null) {
            where.append(" AND e.event_type = ?");
            args.add(f.type().name());
        }
        if (f.text() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM event_evidence ev JOIN sentences s"
                    + " ON s.article_id = ev.article_id AND s.start_offset < ev.end_offset"
                    + " AND ev.start_offset < s.end_offset"
                    + " WHERE ev.article_id = e.article_id AND ev.event_id = e.event_id AND lower(s.text) LIKE ?)");
            args.add(like(f.text()));
        }
        if (f.review() != null) {
            switch (f.review()) {
                case "unreviewed" -> where.append(" AND rv.status IS NULL");
                case "reviewed" -> where.append(" AND rv.status IS NOT NULL");
                default -> {
                    where.append(" AND rv.status = ?");
                    args.add(f.review());
                }
            }
        }
        return where.toString();
    }

    private static String like(String words) {
        return "%" + words.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    private List<EventRow> run(String sql, List<?> args, int limit) {
        List<EventRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql + " LIMIT " + Math.max(0, limit))) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot query events (" + JdbcStore.rootMessage(e) + ")", e);
        }
        return rows;
    }

    private EventRow row(ResultSet r) throws SQLException {
        String articleId = r.getString(1);
        String eventId = r.getString(2);
        String text = r.getString(15);
        int killedValue = r.getInt(19);
        Integer killed = r.wasNull() ? null : killedValue;
        EventRow machine = new EventRow(new EventKey(articleId, eventId).toString(), articleId, eventId,
                r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                DocumentReader.doubleOrNull(r, 9), DocumentReader.doubleOrNull(r, 10),
                actors(articleId, eventId, "SOURCE"), actors(articleId, eventId, "TARGET"), r.getString(16),
                r.getString(11), r.getDouble(12), evidence(articleId, eventId, text), r.getString(13), r.getString(14),
                killed, r.getString(17), null);
        return machine.corrected(ReviewLog.fromJson(r.getString(18)));
    }

    private String actors(String articleId, String eventId, String role) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT text FROM event_actors WHERE article_id = ? "
                + "AND event_id = ? AND actor_role = ? ORDER BY ordinal")) {
            s.setString(1, articleId);
            s.setString(2, eventId);
            s.setString(3, role);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        return String.join("; ", names);
    }

    private String evidence(String articleId, String eventId, String articleText) throws SQLException {
        List<String> spans = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT start_offset, end_offset FROM event_evidence "
                + "WHERE article_id = ? AND event_id = ? ORDER BY ordinal")) {
            s.setString(1, articleId);
            s.setString(2, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int start = Math.min(r.getInt(1), articleText.length());
                    int end = Math.min(r.getInt(2), articleText.length());
                    spans.add(articleText.substring(start, end).strip());
                }
            }
        }
        return String.join(" ", spans);
    }
}
