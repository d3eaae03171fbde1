package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    void refusesSomethingThatIsNeitherAFeedUrlNorAFeedFile() {
        CliRun run = CliRun.of("watch", "notes.txt", "--db", temp.resolve("w.db").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("notes.txt: not a feed URL (http:// or https://) or a feed file");
    }
}
