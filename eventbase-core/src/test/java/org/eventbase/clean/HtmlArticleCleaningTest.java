package org.eventbase.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlArticleCleaningTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void keepsTheArticleAndDropsPageBoilerplate() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(Fixtures.read("news-page-with-boilerplate.html")));

        assertThat(cleaned.text().split("\n\n")).containsExactly(
                "The Old Mill bridge reopened to traffic on Tuesday, eight months after floodwater cracked two of its"
                        + " supporting piers.",
                "Engineers replaced the piers and strengthened the deck, the county council said, at a cost of"
                        + " £4.2 million & a further sum for new lighting.",
                "Traffic returns",
                "Drivers queued from early morning to cross, and local shops said they expected trade to recover"
                        + " within weeks.",
                "“It has been a long winter for everyone on this side of the river,” said baker Ilse Marsh.");
        assertThat(cleaned.removals()).extracting(Removal::reason).contains(
                "navigation", "page header", "page footer", "aside", "photo caption", "headline",
                "boilerplate block (social)", "boilerplate block (cookie)", "boilerplate block (newsletter)",
                "boilerplate block (comments)", "boilerplate block (ad)");
        assertThat(cleaned.text()).doesNotContain("tracking", "color: red");
    }

    @Test
    void readsMetadataFromMetaTags() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(Fixtures.read("news-page-with-boilerplate.html")));

        assertThat(cleaned.title()).isEqualTo("Bridge reopens after repairs");
        assertThat(cleaned.found().publisher()).isEqualTo("The Valley Courier");
        assertThat(cleaned.found().byline()).isEqualTo("Tomas Berg");
        assertThat(cleaned.found().published()).isEqualTo("2024-03-05T08:15:00+01:00");
        assertThat(cleaned.found().url()).isEqualTo("https://valleycourier.example/news/bridge-reopens");
        assertThat(cleaned.found().syndicator()).isNull();
    }

    @Test
    void namesThePageHostAsSyndicatorWhenItIsNotThePublishers() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(
                Fixtures.read("news-page-with-boilerplate.html"), "https://www.portal.example/news/123"));

        assertThat(cleaned.found().syndicator()).isEqualTo("portal.example");
        assertThat(cleaned.found().publisher()).isEqualTo("The Valley Courier");
    }

    @Test
    void readsJsonLdArticleInsideAGraphAndIgnoresBrokenJsonLd() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(Fixtures.read("news-page-jsonld-graph.html")));

        assertThat(cleaned.title()).isEqualTo("Ferry service resumes");
        assertThat(cleaned.found().publisher()).isEqualTo("Coastline Gazette");
        assertThat(cleaned.found().byline()).isEqualTo("Rosa Pell, Jon Ekdal");
        assertThat(cleaned.found().published()).isEqualTo("2023-11-20T06:30:00Z");
        assertThat(cleaned.found().url()).isEqualTo("https://coastline.example/ferry-service-resumes");
    }

    @Test
    void findsProseAmongLinkHeavyBlocksWithoutSemanticTags() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(Fixtures.read("news-page-jsonld-graph.html")));

        assertThat(cleaned.text().split("\n\n")).hasSize(3);
        assertThat(cleaned.text()).startsWith("The island ferry resumed").doesNotContain("Weather", "Yesterday");
    }

    @Test
    void readsJsonLdArraysAndPlainStringAuthors() {
        String page = """
                <html><head><script type="application/ld+json">
                [{"@type": "WebSite", "name": "Site"},
                 {"@type": "ReportageNewsArticle", "headline": "Dam holds", "author": "Lena Voss",
                  "publisher": [{"@type": "Organization", "name": "River Times"}], "datePublished": "2021-07-02"}]
                </script></head><body><article><p>The dam held overnight despite record rainfall upstream, engineers said.</p>
                </article></body></html>""";
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(page));

        assertThat(cleaned.found().byline()).isEqualTo("Lena Voss");
        assertThat(cleaned.found().publisher()).isEqualTo("River Times");
        assertThat(cleaned.found().published()).isEqualTo("2021-07-02");
        assertThat(cleaned.title()).isEqualTo("Dam holds");
    }

    @Test
    void mapsCopiedWordsBackToTheirPlaceInThePage() {
        String page = Fixtures.read("news-page-with-boilerplate.html");
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(page));

        int drivers = cleaned.text().indexOf("Drivers queued");
        assertThat(page.substring(cleaned.sourceMap().toRaw(drivers))).startsWith("Drivers queued from early morning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"news-page-with-boilerplate.html", "news-page-jsonld-graph.html"})
    void everyCopiedSegmentEqualsThePageTextItMapsTo(String fixture) {
        String page = Fixtures.read(fixture);
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(page));

        assertThat(cleaned.sourceMap().segments()).isNotEmpty().allSatisfy(segment -> assertThat(
                cleaned.text().substring(segment.cleanStart(), segment.cleanStart() + segment.length()))
                .isEqualTo(page.substring(segment.rawStart(), segment.rawStart() + segment.length())));
    }

    @Test
    void joinsTextSplitOnlyByInlineTagsAndKeepsEachPiecesOffset() {
        String page = "<html><body><article><p>Talks with <a href=\"/p/omar\">Omar</a>, the envoy, ended"
                + " <b>late</b>.</p></article></body></html>";
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(page));

        assertThat(cleaned.text()).isEqualTo("Talks with Omar, the envoy, ended late.");
        int comma = cleaned.text().indexOf(',');
        assertThat(cleaned.sourceMap().toRaw(comma)).isEqualTo(page.indexOf(", the"));
        int omar = cleaned.text().indexOf("Omar");
        assertThat(cleaned.sourceMap().toRaw(omar)).isEqualTo(page.indexOf("Omar"));
    }

    @Test
    void appliesTheLineCruftFilterToParagraphs() {
        String page = """
                <html><body><div class="content">
                <p>Firefighters contained the warehouse blaze on Sunday evening after six hours, the fire service said.</p>
                <p>Read more: How the city trains its firefighters</p>
                <p>No one was hurt, but the building and its stock of furniture were destroyed, the owner said.</p>
                <p>Advertisement</p>
                </div></body></html>""";
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(page));

        assertThat(cleaned.text().split("\n\n")).hasSize(2);
        assertThat(cleaned.removals()).extracting(Removal::reason).contains("related link", "advertisement");
    }

    @Test
    void recordsTextOutsideTheMainContainerAsRemoved() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(Fixtures.read("news-page-jsonld-graph.html")));

        assertThat(cleaned.removals()).extracting(Removal::reason).contains("timestamp");
        assertThat(cleaned.removals()).filteredOn(r -> r.text().contains("Weather")).isNotEmpty();
    }

    @Test
    void keepsPostsEmbeddedFromSocialNetworks() {
        String page = """
                <html><body><article>
                <p>The minister announced the new rail line on Thursday, promising trains every ten minutes at peak times.</p>
                <div class="social-embed"><blockquote class="twitter-tweet"><p>Work on the new line starts in May, and the first trains run in 2027.</p></blockquote></div>
                <p>Opposition politicians said the plan lacked funding and would take years longer than promised.</p>
                </article></body></html>""";
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(page));

        assertThat(cleaned.text()).contains("Work on the new line starts in May");
    }

    @Test
    void cleansBylinesAndSkipsPlaceholderDatesInMetaTags() {
        String page = """
                <html><head><meta name="author" content="By ANN LEE, Staff Writer">
                <meta property="article:published_time" content="0001-01-01T00:00:00Z">
                <meta itemprop="datePublished" content="2022-05-04T10:00:00+02:00"></head>
                <body><article><p>The harbour reopened on Wednesday after a three-day closure caused by high winds.</p>
                </article></body></html>""";
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(page));

        assertThat(cleaned.found().byline()).isEqualTo("ANN LEE");
        assertThat(cleaned.found().published()).isEqualTo("2022-05-04T10:00:00+02:00");
    }

    @Test
    void takesOnlyAHostFromASourceLineOnAPage() {
        String page = """
                <html><body><article>
                <p>The harbour reopened on Wednesday after a three-day closure caused by high winds, officials said.</p>
                <p>Source: Example Wire and news agencies</p></article></body></html>""";
        CleanedArticle cleaned = cleaner.clean(Fixtures.html(page));

        assertThat(cleaned.found().syndicator()).isNull();
        assertThat(cleaned.text()).doesNotContain("Source:");
    }

    @Test
    void stripsTheSiteNameFromTitles() {
        List<String> site = List.of("The Valley Courier");

        assertThat(HtmlMetadataReader.withoutSiteSuffix("Bridge reopens | The Valley Courier", site))
                .isEqualTo("Bridge reopens");
        assertThat(HtmlMetadataReader.withoutSiteSuffix("Valley Courier - Bridge reopens", List.of("Valley Courier")))
                .isEqualTo("Bridge reopens");
        assertThat(HtmlMetadataReader.withoutSiteSuffix("Storm - what we know", site)).isEqualTo("Storm - what we know");
    }
}
