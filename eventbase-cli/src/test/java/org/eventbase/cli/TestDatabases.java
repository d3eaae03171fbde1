package org.eventbase.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.eventbase.store.Vendor;

/**
 * Fresh, empty store locations for command tests on both backends, as {@code --db} takes them: a SQLite file in a
 * temporary folder, or the JDBC URL of a new database in one embedded PostgreSQL server (zonky; real PostgreSQL
 * binaries from Maven Central, no Docker) started once per JVM. Example: {@code TestDatabases.fresh(POSTGRESQL, temp)}
 * is {@code jdbc:postgresql://localhost:PORT/eventbase_cli_1?user=postgres}.
 */
final class TestDatabases {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    static String fresh(Vendor vendor, Path temp) {
        return switch (vendor) {
            case SQLITE -> temp.resolve("store-" + DATABASES.incrementAndGet() + ".db").toString();
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
            String name = "eventbase_cli_" + DATABASES.incrementAndGet();
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
