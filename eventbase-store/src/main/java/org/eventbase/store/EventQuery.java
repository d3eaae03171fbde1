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
 * Finds events by date, place, country, bounding box, actor, type and evidence text, newest first. The SQL is the
 * same on SQLite and PostgreSQL except the actor and text filters, which match words through each vendor's full-text
 * index ({@code event_search}: FTS5, or {@code tsvector} with GIN). A page of rows costs three queries: the events,
 * then their actors and their evidence spans (with only the article text those need). Example:
 * {@code new EventQuery(c, Vendor.SQLITE).find(EventFilter.ALL.withCountry("CL"))}.
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
            + "a.title, a.url, NULL, cl.claimant, rv.status, rv.corrected_fields, "
            + "(SELECT sum(k.min_value) FROM event_counts ec JOIN counts k ON k.article_id = ec.article_id "
            + "AND k.count_id = ec.count_id WHERE ec.article_id = e.article_id AND ec.event_id = e.event_id "
            + "AND k.kind = 'KILLED') "
            + FROM;

    private final Connection c;
    private final Vendor vendor;

    EventQuery(Connection connection, Vendor vendor) {
        this.c = connection;
        this.vendor = vendor;
    }

    Optional<EventRow> one(EventKey key) {
        List<EventRow> rows = run(SELECT + "WHERE e.article_id = ? AND e.event_id = ?",
                List.of(key.articleId(), key.eventId()), 1);
        return rows.stream().findFirst();
    }

    List<EventRow> find(EventFilter f) {
        List<Object> args = new ArrayList<>();
        String where = where(f, vendor, args);
        String sql = SELECT + where + " ORDER BY e.day_from DESC, e.article_id, e.event_id";
        return run(sql, args, f.limit());
    }

    /**
     * The WHERE clause (over {@link #FROM}'s aliases e, a, rv, p, cl) selecting the filter's events; adds its
     * arguments to {@code args}. Country codes are stored upper-case (migration V7), so the comparison can use
     * {@code places_country}.
     */
    static String where(EventFilter f, Vendor vendor, List<Object> args) {
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
            where.append(" AND p.country_code = ?");
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
            where.append(wordFilter(vendor, "actors", WordQuery.parse(f.actor()), args));
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
            where.append(wordFilter(vendor, "evidence", WordQuery.parse(f.text()), args));
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

    /**
     * Events whose {@code event_search} column (actors: source and target texts with their entities' names;
     * evidence: the sentences under the evidence spans) holds the query's words. A query without words matches none.
     */
    private static String wordFilter(Vendor vendor, String column, WordQuery query, List<Object> args) {
        if (query.isEmpty()) {
            return " AND 1 = 0";
        }
        if (vendor == Vendor.SQLITE) {
            args.add(query.fts5(column));
            return " AND (e.article_id, e.event_id) IN (SELECT article_id, event_id FROM event_search"
                    + " WHERE event_search MATCH ?)";
        }
        args.add(query.tsquery());
        return " AND (e.article_id, e.event_id) IN (SELECT article_id, event_id FROM event_search"
                + " WHERE to_tsvector('english', " + column + ") @@ to_tsquery('english', ?))";
    }

    private static String like(String words) {
        return "%" + words.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    private List<EventRow> run(String sql, List<?> args, int limit) {
        List<MachineRow> rows = new ArrayList<>();
        try {
            try (PreparedStatement s = c.prepareStatement(sql + " LIMIT " + Math.max(0, limit))) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(machineRow(r));
                    }
                }
            }
            List<EventKey> keys = rows.stream().map(MachineRow::key).toList();
            EventPageDetails details = EventPageDetails.read(c, keys);
            c.commit();
            List<EventRow> page = new ArrayList<>();
            for (MachineRow row : rows) {
                page.add(row.complete(details));
            }
            return page;
        } catch (SQLException e) {
            throw new StoreException("cannot query events (" + JdbcStore.rootMessage(e) + ")", e);
        }
    }

    /** One result row before its actors and evidence are read; {@link #complete} adds them. */
    private record MachineRow(EventKey key, String[] fields, Double lat, Double lon, double confidence,
            Integer killed, String correctedFields) {
        EventRow complete(EventPageDetails details) {
            EventRow machine = new EventRow(key.toString(), key.articleId(), key.eventId(), fields[0], fields[1],
                    fields[2], fields[3], fields[4], fields[5], lat, lon, details.actors(key, "SOURCE"),
                    details.actors(key, "TARGET"), fields[9], fields[6], confidence, details.evidence(key),
                    fields[7], fields[8], killed, fields[10], null);
            return machine.corrected(ReviewLog.fromJson(correctedFields));
        }
    }

    private static MachineRow machineRow(ResultSet r) throws SQLException {
        EventKey key = new EventKey(r.getString(1), r.getString(2));
        int killedValue = r.getInt(19);
        Integer killed = r.wasNull() ? null : killedValue;
        String[] fields = {r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                r.getString(8), r.getString(11), r.getString(13), r.getString(14), r.getString(16), r.getString(17)};
        return new MachineRow(key, fields, DocumentReader.doubleOrNull(r, 9), DocumentReader.doubleOrNull(r, 10),
                r.getDouble(12), killed, r.getString(18));
    }
}
