package org.eventbase.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FetcherTest {
    private static FixtureSite site;
    private static final FetchSettings FAST = FetchSettings.defaults()
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3))
            .withMaxBytes(100_000)
            .withMaxRedirects(3)
            .withHostDelay(Duration.ZERO);

    @BeforeAll
    static void start() throws Exception {
        site = new FixtureSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void fetchesAPageWithTheEventbaseUserAgent() {
        FetchedPage page = new Fetcher(FAST).fetch(site.url("/page.html"));

        assertThat(page.isHtml()).isTrue();
        assertThat(page.text()).contains("Ferry service resumes in Tromsø");
        assertThat(site.requestsTo("/page.html")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.userAgent())
                        .matches("Eventbase/\\S+ \\(news event extraction; GPL-3.0-or-later\\)"));
    }

    @Test
    void sendsTheOperatorsContactInTheUserAgentWhenGiven() {
        int before = site.requests().size();
        new Fetcher(FAST.withContact("https://newsroom.example/crawler")).fetch(site.url("/page.html"));

        assertThat(site.requests().subList(before, site.requests().size())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.userAgent())
                        .matches("Eventbase/\\S+ \\(\\+https://newsroom\\.example/crawler\\)"));
    }

    @Test
    void refusesAContactAHeaderCannotCarry() {
        assertThatThrownBy(() -> FAST.withContact("ops desk\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without spaces");
    }

    @Test
    void followsARedirectChainWithinTheLimit() {
        FetchedPage page = new Fetcher(FAST).fetch(site.url("/r1"));

        assertThat(page.url().toString()).isEqualTo(site.url("/page.html"));
        assertThat(page.requested().toString()).isEqualTo(site.url("/r1"));
    }

    @Test
    void failsOnARedirectChainLongerThanTheLimit() {
        assertThatThrownBy(() -> new Fetcher(FAST).fetch(site.url("/loop/0")))
                .isInstanceOf(FetchException.class)
                .hasMessage(site.url("/loop/0") + ": too many redirects (more than 3); the last went to /loop/4");
    }

    @Test
    void obeysRobotsTxtForTheUrlAndForEveryRedirectHop() {
        Fetcher fetcher = new Fetcher(FAST);

        assertThatThrownBy(() -> fetcher.fetch(site.url("/private/secret.html")))
                .hasMessageContaining("disallowed by " + site.url("/robots.txt"));
        assertThatThrownBy(() -> fetcher.fetch(site.url("/to-private")))
                .hasMessageContaining("disallowed by " + site.url("/robots.txt"))
                .hasMessageContaining("where it redirects");
        assertThat(site.requestsTo("/private/secret.html")).isEmpty();
    }

    @Test
    void readsRobotsTxtOncePerHost() {
        FixtureSite own = null;
        try {
            own = new FixtureSite("User-agent: *\nDisallow: /private/\n");
            Fetcher fetcher = new Fetcher(FAST);
            fetcher.fetch(own.url("/page.html"));
            fetcher.fetch(own.url("/news/1"));

            assertThat(own.requestsTo("/robots.txt")).hasSize(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    @Test
    void timesOutOnASlowResponse() {
        FetchSettings impatient = FAST.withTimeouts(Duration.ofSeconds(3), Duration.ofMillis(700));
        assertThatThrownBy(() -> new Fetcher(impatient).fetch(site.url("/slow")))
                .isInstanceOf(FetchException.class)
                .hasMessage(site.url("/slow") + ": timed out after 700 ms waiting for the response; raise "
                        + "--read-timeout or try later");
    }

    @Test
    void refusesABodyLargerThanTheLimit() {
        assertThatThrownBy(() -> new Fetcher(FAST).fetch(site.url("/big")))
                .hasMessage(site.url("/big") + ": the response is larger than 100000 bytes; raise --max-bytes to "
                        + "accept it");
    }

    @Test
    void reportsA404() {
        assertThatThrownBy(() -> new Fetcher(FAST).fetch(site.url("/missing")))
                .hasMessage(site.url("/missing") + ": HTTP 404 (not found)");
    }

    @Test
    void reportsAnUnreachableHostInOneLine() {
        assertThatThrownBy(() -> new Fetcher(FAST).fetch("http://127.0.0.1:1/page.html"))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("http://127.0.0.1:1/page.html: could not read http://127.0.0.1:1/robots.txt:")
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> new Fetcher(FAST).fetch("ftp://example.org/a"))
                .hasMessage("ftp://example.org/a: not an http:// or https:// URL");
    }

    @Test
    void gunzipsAndDecodesTheCharsetTheHeaderNames() {
        Fetcher fetcher = new Fetcher(FAST);

        assertThat(fetcher.fetch(site.url("/gzip.html")).text()).contains("Puddefjord bridge in Bergen");
        assertThat(fetcher.fetch(site.url("/latin1.html")).text()).contains("Café closes in Genève");
    }

    @Test
    void pacesRequestsToOneHostByTheConfiguredDelay() throws Exception {
        try (FixtureSite own = new FixtureSite("User-agent: *\nDisallow:\n")) {
            Fetcher fetcher = new Fetcher(FAST.withHostDelay(Duration.ofMillis(400)));
            for (int i = 1; i <= 3; i++) {
                fetcher.fetch(own.url("/news/" + i));
            }

            // robots.txt, then three pages, each at least 400 ms after the one before (less up to 100 ms of jitter
            // between the client's start and the server's receipt)
            assertThat(gapsMillis(own.requests())).hasSize(3).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(300));
        }
    }

    @Test
    void honoursALongerCrawlDelayFromRobotsTxt() throws Exception {
        try (FixtureSite own = new FixtureSite("User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n")) {
            Fetcher fetcher = new Fetcher(FAST.withHostDelay(Duration.ofMillis(50)));
            fetcher.fetch(own.url("/news/1"));
            fetcher.fetch(own.url("/news/2"));

            List<Long> gaps = gapsMillis(own.requests());
            // robots.txt is read with the configured delay; the pages after it wait the host's Crawl-delay of 1 s
            assertThat(gaps.get(gaps.size() - 1)).isGreaterThanOrEqualTo(900);
        }
    }

    private static List<Long> gapsMillis(List<FixtureSite.Request> requests) {
        return java.util.stream.IntStream.range(1, requests.size())
                .mapToObj(i -> (requests.get(i).nanos() - requests.get(i - 1).nanos()) / 1_000_000)
                .toList();
    }
}
