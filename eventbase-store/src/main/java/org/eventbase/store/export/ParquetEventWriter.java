package org.eventbase.store.export;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.eventbase.store.StoredEvent;

/**
 * Writes the flat view of the events ({@link ReviewedEvent}: one column per field, snake_case, typed: days as
 * DATE, counts as INTEGER, coordinates and confidence as DOUBLE, flags as BOOLEAN) to a Parquet file with DuckDB's
 * embedded engine: rows go through DuckDB's appender into a DuckDB database in a temporary folder (spilled to
 * disk, so memory stays flat), then {@code COPY … TO 'OUT' (FORMAT PARQUET)} writes the file. Example:
 * {@code new ParquetEventWriter(Path.of("events.parquet"))}.
 */
public final class ParquetEventWriter implements EventWriter {
    private static final List<String> DAYS = List.of("day_from", "day_to");

    /** The file's columns: name and DuckDB type, in {@link ReviewedEvent}'s order. */
    public static final List<Column> COLUMNS = columns();

    private final Path out;
    private final Path work;
    private final Connection db;
    private final DuckDBAppender rows;
    private long written;

    /** A column of the file. Example: {@code Column("day_from", "DATE", component)}. */
    public record Column(String name, String type, RecordComponent component) {}

    public ParquetEventWriter(Path out) throws IOException {
        this.out = out.toAbsolutePath();
        this.work = Files.createTempDirectory("eventbase-parquet");
        try {
            this.db = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("export.duckdb"));
            try (Statement s = db.createStatement()) {
                s.execute("SET memory_limit = '256MB'");
                s.execute("SET temp_directory = '" + quote(work.toString()) + "'");
                s.execute("CREATE TABLE events (" + String.join(", ", COLUMNS.stream()
                        .map(c -> c.name() + " " + c.type()).toList()) + ")");
            }
            this.rows = db.unwrap(DuckDBConnection.class).createAppender("main", "events");
        } catch (SQLException e) {
            deleteWork();
            throw new IOException("cannot start DuckDB to write Parquet (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void write(StoredEvent stored, ReviewedEvent flat) throws IOException {
        try {
            rows.beginRow();
            for (Column c : COLUMNS) {
                append(c, c.component().getAccessor().invoke(flat));
            }
            rows.endRow();
            written++;
        } catch (SQLException e) {
            throw new IOException("cannot write event " + flat.id() + " for Parquet (" + e.getMessage() + ")", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record accessor is always callable", e);
        }
    }

    private void append(Column c, Object value) throws SQLException {
        if (value == null) {
            rows.appendNull();
            return;
        }
        switch (c.type()) {
            case "DATE" -> rows.append(LocalDate.parse((String) value));
            case "DOUBLE" -> rows.append((double) (Double) value);
            case "INTEGER" -> rows.append((int) (Integer) value);
            case "BIGINT" -> rows.append((long) (Long) value);
            case "BOOLEAN" -> rows.append((boolean) (Boolean) value);
            default -> rows.append((String) value);
        }
    }

    @Override
    public ExportSummary finish() throws IOException {
        try {
            rows.close();
            try (Statement s = db.createStatement()) {
                s.execute("COPY (SELECT * FROM events ORDER BY article_id, event_id) TO '" + quote(out.toString())
                        + "' (FORMAT PARQUET)");
            }
            db.close();
        } catch (SQLException e) {
            throw new IOException("cannot write " + out + " (" + e.getMessage() + ")", e);
        } finally {
            deleteWork();
        }
        return new ExportSummary(written, 0, null);
    }

    private void deleteWork() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String quote(String s) {
        return s.replace("'", "''");
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent rc : ReviewedEvent.class.getRecordComponents()) {
            String name = snake(rc.getName());
            Class<?> t = rc.getType();
            String type = DAYS.contains(name) ? "DATE"
                    : t == Double.class || t == double.class ? "DOUBLE"
                    : t == Integer.class || t == int.class ? "INTEGER"
                    : t == Long.class || t == long.class ? "BIGINT"
                    : t == Boolean.class || t == boolean.class ? "BOOLEAN" : "VARCHAR";
            columns.add(new Column(name, type, rc));
        }
        return List.copyOf(columns);
    }

    /** {@code articleId} → {@code article_id}, as Jackson's snake case names the JSONL fields. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
