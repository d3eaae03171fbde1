package org.eventbase.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty stores for tests on both backends: a SQLite file in a temporary folder, or a new database in one
 * embedded PostgreSQL server (zonky; real PostgreSQL binaries from Maven Central, no Docker) started once per JVM.
 * Shared with other modules' tests through this module's test jar. Example: {@code StoreBackends.freshUrl(POSTGRESQL,
 * temp)} is {@code jdbc:postgresql://localhost:PORT/eventbase_test_1?user=postgres}, as {@code --db} takes it.
 */
public final class StoreBackends {
    private static EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private StoreBackends() {}

    static StoreLocation fresh(Vendor vendor, Path tempDir) {
        return StoreLocation.parse(freshUrl(vendor, tempDir));
    }

    /** A new, empty store location as {@code --db} takes it: a SQLite file path or a PostgreSQL JDBC URL. */
    public static String freshUrl(Vendor vendor, Path tempDir) {
        return switch (vendor) {
            case SQLITE -> tempDir.resolve("test-" + DATABASES.incrementAndGet() + ".db").toString();
            case POSTGRESQL -> newPostgresDatabase();
        };
    }

    private static synchronized String newPostgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the server's folder is temporary
                    }
                }));
            }
            String name = "eventbase_test_" + DATABASES.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name + "?user=postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }
}
