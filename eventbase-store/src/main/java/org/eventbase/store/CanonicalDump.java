package org.eventbase.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every table's rows as sorted text lines, leaving out the times rows were written at ({@code ingested_at},
 * {@code failed_at}) and PostgreSQL's generated full-text vectors ({@code search_vector}), so that two stores built from the same input compare equal whatever the order or the number of
 * runs that built them. Example line: {@code times|5d0c9a1e2b7f4a10|0|Tuesday|41|48|2023-03-14|DAY|2023-03-15|true|null}.
 */
final class CanonicalDump {
    static final List<String> TABLES = List.of("articles", "sentences", "entities", "mentions", "entity_roles",
            "entity_attributes", "times", "quotes", "places", "place_mentions", "counts", "events", "event_actors",
            "event_counts", "event_evidence", "claims", "duplicate_inputs", "failures", "story_profiles", "story_keys",
            "story_links", "story_clusters", "stories", "story_articles", "merged_events", "merged_event_mentions",
            "merged_event_claims", "story_tallies");

    private final Connection c;

    CanonicalDump(Connection connection) {
        this.c = connection;
    }

    String dump() {
        StringBuilder out = new StringBuilder();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                List<String> lines = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        StringBuilder line = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String column = meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
                            if (column.endsWith("_at") || column.equals("search_vector")) {
                                continue;
                            }
                            line.append('|').append(value(r, i, meta.getColumnTypeName(i)));
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                lines.forEach(l -> out.append(l).append('\n'));
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot dump the database (" + JdbcStore.rootMessage(e) + ")", e);
        }
        return out.toString();
    }

    /** One value, written the same on both vendors (booleans as true/false, numbers without trailing zeros). */
    private static String value(ResultSet r, int column, String typeName) throws SQLException {
        Object v = r.getObject(column);
        if (v == null) {
            return "null";
        }
        String type = typeName.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("bool")) {
            return String.valueOf(r.getBoolean(column));
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }
        return v.toString().replace("\n", "\\n");
    }
}
