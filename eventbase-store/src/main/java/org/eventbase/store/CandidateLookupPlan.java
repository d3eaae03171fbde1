package org.eventbase.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The query plan the database uses for story clustering's candidate lookup ({@code SELECT DISTINCT article_id FROM
 * story_keys WHERE index_key IN (…)}, as {@link JdbcStoryGraph} runs it), to show it is an index search and not a
 * scan. Example (SQLite): {@code [SEARCH story_keys USING COVERING INDEX sqlite_autoindex_story_keys_1
 * (index_key=?), USE TEMP B-TREE FOR DISTINCT]}.
 */
public final class CandidateLookupPlan {
    private CandidateLookupPlan() {}

    /** The plan's lines for a lookup under {@code keys} index keys. */
    public static List<String> of(Store store, int keys) {
        Connection c = ((JdbcStore) store).connection();
        String in = String.join(",", Collections.nCopies(keys, "?"));
        String sql = (store.vendor() == Vendor.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ")
                + "SELECT DISTINCT article_id FROM story_keys WHERE index_key IN (" + in + ")";
        List<String> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 1; i <= keys; i++) {
                s.setString(i, "dup:" + i + ":0");
            }
            try (ResultSet r = s.executeQuery()) {
                int column = r.getMetaData().getColumnCount();
                while (r.next()) {
                    lines.add(r.getString(column));
                }
            }
            c.commit();
            return lines;
        } catch (SQLException e) {
            throw new StoreException("cannot explain the candidate lookup (" + JdbcStore.rootMessage(e) + ")", e);
        }
    }
}
