package org.eventbase.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eventbase.ingest.ReadResult;
import org.eventbase.model.RawArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebArticlesTest {
    private static FixtureSite site;
    private static WebArticles web;

    @BeforeAll
    static void start() throws Exception {
        site = new FixtureSite();
        web = new WebArticles(new Fetcher(FetchSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withHostDelay(Duration.ZERO)));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aPageUrlGivesOneHtmlArticleNamedByItsUrl() {
        WebRead read = web.read(site.url("/r1"), url -> false);

        RawArticle article = only(read);
        assertThat(article.input()).isEqualTo(site.url("/r1"));
        assertThat(article.metadata().url()).isEqualTo(site.url("/page.html"));
        assertThat(article.content()).contains("Skjervøy");
    }

    @Test
    void anRssFeedGivesEachItemsPageWithTheFeedsMetadataWhereThePageLacksIt() {
        WebRead read = web.read(site.url("/rss.xml"), url -> false);

        assertThat(read.feedItems()).isEqualTo(3);
        assertThat(read.results()).hasSize(3).allMatch(r -> r instanceof ReadResult.Ok);
        RawArticle first = ((ReadResult.Ok) read.results().get(0)).article();
        assertThat(first.input()).isEqualTo(site.url("/news/r1"));
        assertThat(first.content()).contains("story r1");
        assertThat(first.metadata().title()).as("the page has its own title").isNull();
        assertThat(first.metadata().published()).isEqualTo("2026-06-01T08:00:00Z");
        assertThat(first.metadata().byline()).contains("Kari Nordmann");
    }

    @Test
    void anAtomFeedResolvesRelativeLinksAndFillsAMissingTitle() {
        WebRead read = web.read(site.url("/atom.xml"), url -> false);

        assertThat(read.results()).hasSize(3).allMatch(r -> r instanceof ReadResult.Ok);
        RawArticle bare = ((ReadResult.Ok) read.results().get(2)).article();
        assertThat(bare.input()).isEqualTo(site.url("/news/bare-a3"));
        assertThat(bare.metadata().title()).isEqualTo("Atom title 3");
        assertThat(bare.metadata().byline()).isEqualTo("Ola Nordmann");
    }

    @Test
    void itemsAlreadyStoredAreSkippedWithoutFetchingThem() {
        String stored = site.url("/news/r2");
        WebRead read = web.read(site.url("/rss.xml"), stored::equals);

        assertThat(read.skipped()).isEqualTo(1);
        assertThat(read.results()).hasSize(2).noneMatch(r -> r.input().equals(stored));
        assertThat(site.requestsTo("/news/r2")).isEmpty();
    }

    @Test
    void aMalformedFeedIsOneFailure() {
        WebRead read = web.read(site.url("/bad-feed.xml"), url -> false);

        assertThat(read.results()).singleElement().isInstanceOfSatisfying(ReadResult.Failed.class, f -> {
            assertThat(f.input()).isEqualTo(site.url("/bad-feed.xml"));
            assertThat(f.problem()).startsWith("not a readable RSS or Atom feed (").doesNotContain("\n");
        });
    }

    @Test
    void xmlThatIsNotAFeedIsOneFailure() {
        WebRead read = web.read(site.url("/not-a-feed.xml"), url -> false);

        assertThat(read.results()).singleElement().isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.problem()).startsWith("not a readable RSS or Atom feed"));
    }

    @Test
    void somethingNeitherHtmlNorAFeedIsOneFailure() {
        WebRead read = web.read(site.url("/image.png"), url -> false);

        assertThat(read.results()).singleElement().isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.message()).isEqualTo(site.url("/image.png")
                        + ": not an HTML page or a feed (the server says image/png)"));
    }

    @Test
    void aFailingUrlIsOneFailureNamingIt() {
        WebRead read = web.read(site.url("/missing"), url -> false);

        assertThat(read.results()).singleElement().isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.message()).isEqualTo(site.url("/missing") + ": HTTP 404 (not found)"));
    }

    @Test
    void aLocalFeedFileFetchesItsItems(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("harbour.rss");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>"
                + "<item><title>One</title><link>" + site.url("/news/local1") + "</link></item></channel></rss>");

        assertThat(WebArticles.isFeedFile(feed)).isTrue();
        WebRead read = web.readFeedFile(feed, url -> false);

        assertThat(only(read).input()).isEqualTo(site.url("/news/local1"));
    }

    private static RawArticle only(WebRead read) {
        List<ReadResult> results = read.results();
        assertThat(results).singleElement().isInstanceOf(ReadResult.Ok.class);
        return ((ReadResult.Ok) results.get(0)).article();
    }
}
