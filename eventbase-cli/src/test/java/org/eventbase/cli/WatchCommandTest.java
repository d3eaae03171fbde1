package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventbase watch} polling a local feed that gains an item between two polls (text-only, no NLP). */
class WatchCommandTest {
    @TempDir
    Path temp;

    @Test
    void ingestsNewItemsOnEachPollAndSkipsStoredOnesWithoutFetchingThem() throws Exception {
        try (NewsSite site = new NewsSite().publish(1).publish(2)) {
            String db = temp.resolve("watch.db").toString();
            // publishes a third item as soon as the first poll has read the feed; the second poll is 2 s later
            CompletableFuture<Void> publisher = CompletableFuture.runAsync(() -> {
                while (site.requestsTo("/feed.rss") == 0) {
                    Thread.onSpinWait();
                }
                site.publish(3);
            });

            CliRun run = CliRun.of("watch", site.url("/feed.rss"), "--every", "2s", "--polls", "2", "--db", db,
                    "--text-only", "--threads", "1", "--host-delay", "0s");
            publisher.get(5, TimeUnit.SECONDS);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).containsPattern("poll 1 " + java.util.regex.Pattern.quote(site.url("/feed.rss"))
                    + ": 2 items, 0 already stored; 2 new, 0 replaced, 0 duplicate, 0 failed");
            assertThat(run.out()).containsPattern("poll 2 " + java.util.regex.Pattern.quote(site.url("/feed.rss"))
                    + ": 3 items, 2 already stored; 1 new, 0 replaced, 0 duplicate, 0 failed");
            assertThat(site.requestsTo("/feed.rss")).isEqualTo(2);
            assertThat(site.requestsTo("/news/1")).isEqualTo(1);
            assertThat(site.requestsTo("/news/3")).isEqualTo(1);
            try (Store store = Store.open(StoreLocation.parse(db))) {
                assertThat(store.articleIds()).hasSize(3);
            }
        }
    }

    @Test
    void stopsCleanlyOnASignalAndClosesTheStore() throws Exception {
        try (NewsSite site = new NewsSite().publish(1).publish(2)) {
            Path db = temp.resolve("stopped.db");
            Path out = temp.resolve("watch.out");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "watch", site.url("/feed.rss"), "--every", "1h", "--db", db.toString(),
                    "--text-only", "--threads", "1", "--host-delay", "0s"))
                    .redirectOutput(out.toFile())
                    .redirectError(temp.resolve("watch.err").toFile())
                    .start();
            try {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (!Files.readString(out).contains("poll 1") && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(Files.readString(out)).as(Files.readString(temp.resolve("watch.err"))).contains("poll 1");

                child.destroy(); // SIGTERM runs the shutdown hooks, as Ctrl-C (SIGINT) does
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }

            assertThat(Files.exists(Path.of(db + "-wal"))).as("SQLite removes its WAL file when the store is closed")
                    .isFalse();
            try (Store store = Store.open(StoreLocation.parse(db.toString()))) {
                assertThat(store.articleIds()).hasSize(2);
            }
        }
    }

    @Test
    void refusesSomethingThatIsNeitherAFeedUrlNorAFeedFile() {
        CliRun run = CliRun.of("watch", "notes.txt", "--db", temp.resolve("w.db").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("notes.txt: not a feed URL (http:// or https://) or a feed file");
    }
}
