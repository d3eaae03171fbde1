package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eventbase ingest URL|FEED_URL} against a local news site (text-only, so no NLP models load). */
class IngestUrlTest {
    @TempDir
    Path temp;

    private NewsSite site;
    private String db;

    @BeforeEach
    void start() throws Exception {
        site = new NewsSite().publish(1).publish(2).publish(3);
        db = temp.resolve("web.db").toString();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void ingestsEveryItemOfAFeedAndSkipsThemUnfetchedTheNextTime() {
        CliRun first = ingest(site.url("/feed.rss"));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("3 new, 0 replaced, 0 duplicate, 0 failed");
        assertThat(first.err()).contains("Feed " + site.url("/feed.rss") + ": 3 items, 0 already stored, 3 fetched");

        site.publish(4);
        CliRun second = ingest(site.url("/feed.rss"));

        assertThat(second.out()).contains("1 new, 0 replaced, 0 duplicate, 0 failed");
        assertThat(site.requestsTo("/news/1")).isEqualTo(1);
        try (Store store = Store.open(StoreLocation.parse(db))) {
            assertThat(store.articleIds()).hasSize(4);
            assertThat(store.knowsUrl(site.url("/news/4"))).isTrue();
        }
    }

    @Test
    void ingestsOnePageUrl() {
        CliRun run = ingest(site.url("/news/5"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 new");
    }

    @Test
    void aMalformedFeedIsOneFailureLineAndExitCode1() {
        CliRun run = ingest(site.url("/bad.rss"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.out()).contains("0 new, 0 replaced, 0 duplicate, 1 failed");
        assertThat(run.err()).contains(site.url("/bad.rss") + ": not a readable RSS or Atom feed")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBrokenUrlIsRecordedAsAFailure() {
        CliRun run = ingest(site.url("/gone"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(run.err()).contains(site.url("/gone") + ": HTTP 404 (not found)");
    }

    private CliRun ingest(String url) {
        return CliRun.of("ingest", url, "--db", db, "--text-only", "--threads", "1", "--host-delay", "0s");
    }
}
