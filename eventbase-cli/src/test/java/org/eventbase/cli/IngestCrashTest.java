package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eventbase.store.Store;
import org.eventbase.store.StoreBackends;
import org.eventbase.store.StoreLocation;
import org.eventbase.store.Vendor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Crash safety of {@code eventbase ingest}: the command runs in a child JVM on a thousand articles, is killed with
 * SIGKILL while it writes, and is run again; the store must then equal, row for row, the store of a run that was
 * never interrupted — nothing duplicated, nothing half-written, nothing lost. The runs use {@code --text-only}
 * (cleaning and language identification, no NLP models) so that the test takes seconds; the transaction per article
 * is the same whatever layers it holds, and {@code IngestSamplesTest} covers ingest with every layer. It runs on
 * both backends: a SQLite file, and a database in an embedded PostgreSQL server (whose server process survives the
 * kill of the client, so an open transaction is rolled back by the server, not by the file's journal).
 */
class IngestCrashTest {
    private static final int ARTICLES = 1000;

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aRunKilledMidwayAndRunAgainEndsIdenticalToACleanRun(Vendor vendor) throws Exception {
        Path corpus = temp.resolve("corpus");
        SmallNewsCorpus.write(corpus, ARTICLES);
        Files.write(corpus.resolve("batch-3").resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Files.copy(corpus.resolve("batch-1").resolve("article-0001.txt"), corpus.resolve("copy-of-001.txt"));

        String clean = StoreBackends.freshUrl(vendor, temp);
        CliRun cleanRun = CliRun.of("ingest", corpus.toString(), "--db", clean, "--threads", "2", "--text-only");
        assertThat(cleanRun.out()).contains(ARTICLES + " new", "1 duplicate", "1 failed");

        String crashed = StoreBackends.freshUrl(vendor, temp);
        long firstKill = killWhenStored(corpus, crashed, 25);
        long secondKill = killWhenStored(corpus, crashed, firstKill + 150);
        assertThat(secondKill).as("articles stored when the child was killed again").isBetween(firstKill + 1, ARTICLES - 1L);

        CliRun rerun = CliRun.of("ingest", corpus.toString(), "--db", crashed, "--threads", "2",
                "--text-only");
        assertThat(rerun.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(rerun.out()).contains((ARTICLES - secondKill) + " new", (secondKill + 1) + " duplicate");

        assertThat(dump(crashed)).isEqualTo(dump(clean));
    }

    /**
     * Starts the real command in a child JVM, waits until the store holds {@code articles} articles, kills the child
     * (SIGKILL), and returns how many articles the store then holds.
     */
    private long killWhenStored(Path corpus, String db, long articles) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", corpus.toString(), "--db", db, "--threads", "2", "--text-only"))
                .redirectOutput(temp.resolve("child.out").toFile())
                .redirectError(temp.resolve("child.err").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (System.nanoTime() < deadline && child.isAlive()) {
                long stored = storedArticles(db);
                if (stored >= articles) {
                    child.destroyForcibly();
                    child.waitFor(30, TimeUnit.SECONDS);
                    return storedArticles(db);
                }
                Thread.sleep(20);
            }
            throw new AssertionError("the child stopped or stalled before storing " + articles + " articles; its stderr: "
                    + Files.readString(temp.resolve("child.err")));
        } finally {
            child.destroyForcibly();
        }
    }

    private static long storedArticles(String db) {
        StoreLocation location = StoreLocation.parse(db);
        if (location.vendor() == Vendor.SQLITE && !Files.exists(Path.of(db))) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection(location.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // the schema is not there yet, or the database is busy
        }
    }

    private static String dump(String db) {
        try (Store store = Store.open(StoreLocation.parse(db))) {
            return store.canonicalDump();
        }
    }
}
