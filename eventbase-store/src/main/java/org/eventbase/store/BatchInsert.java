package org.eventbase.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Collectors;

/**
 * Rows for one table, sent to the database as one JDBC batch. Example:
 * {@code try (var times = new BatchInsert(c, "times", "article_id", "ordinal")) { times.row(id, 1); times.run(); }}.
 */
final class BatchInsert implements AutoCloseable {
    private final PreparedStatement statement;
    private final int columns;
    private int rows;

    BatchInsert(Connection connection, String table, String... columns) throws SQLException {
        this.columns = columns.length;
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + Collections.nCopies(columns.length, "?").stream().collect(Collectors.joining(", ")) + ")";
        this.statement = connection.prepareStatement(sql);
    }

    void row(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + Arrays.toString(values));
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
    }

    void run() throws SQLException {
        if (rows > 0) {
            statement.executeBatch();
            rows = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
