package org.eventbase.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;

/**
 * An embedded PostgreSQL server (zonky, the one the tests use) for running {@code bench/store --events-db} against
 * PostgreSQL without installing one: starts on a port, creates the database {@code bench}, prints its JDBC URL and
 * runs until stopped. Its data lives in a temporary folder, gone when it stops. Started by {@code bench/postgres}.
 * Example: {@code BenchPostgresServer 55433} prints {@code jdbc:postgresql://localhost:55433/bench?user=postgres}.
 */
public final class BenchPostgresServer {
    private BenchPostgresServer() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 55433;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE bench");
            }
            System.out.println("jdbc:postgresql://localhost:" + port + "/bench?user=postgres");
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
