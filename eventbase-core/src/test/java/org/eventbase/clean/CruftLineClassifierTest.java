package org.eventbase.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CruftLineClassifierTest {
    private final CruftLineClassifier classifier = new CruftLineClassifier();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Photograph: Jane Roe/AP                                         | photo credit
            Photo: Reuters                                                  | photo credit
            Image: Supplied                                                 | photo credit
            (Getty Images)                                                  | photo credit
            AFP via Getty Images                                            | photo credit
            Rescuers search the rubble. Photograph: Jane Roe/AP             | photo caption
            Crowds gather outside the court. (Photo by Li Wen/AFP)          | photo caption
            Load Error                                                      | player error
            Video unavailable                                               | player error
            Your browser does not support the video tag.                    | player error
            Sorry, the clip failed to load.                                 | player error
            Playback could not start. Refresh and try again.                | player error
            Keep watching                                                   | video teaser
            Watch the latest clips                                          | video teaser
            Cookies help us run this site. Learn more                       | cookie notice
            Subscribe today for unlimited access                            | share or subscribe prompt
            Video: Flood waters rise in the valley (Example Media)          | video teaser
            WATCH: The moment the dam gave way                              | video teaser
            What to watch next                                              | video teaser
            Watch next                                                      | video teaser
            Up next                                                         | video teaser
            More videos                                                     | video teaser
            Related: Dam inspections ordered across the region              | related link
            Read more: Why the river keeps flooding                         | related link
            See also: Timeline of the floods                                | related link
            Sign up to our free daily newsletter                            | share or subscribe prompt
            Subscribe to get the latest news delivered to your inbox.       | share or subscribe prompt
            Share on Facebook Share on Twitter Email                        | share buttons
            We use cookies to improve your experience on our site.          | cookie notice
            Advertisement                                                   | advertisement
            Sponsored                                                       | advertisement
            Story continues below advertisement                             | advertisement
            Skip to content                                                 | navigation
            @cityherald #floods                                             | social handles
            Follow Jane Roe on Twitter @janeroe                             | social handles
            Updated: 12 March 2024 14:05 GMT                                | timestamp
            Copyright 2024 Example News. All rights reserved.               | copyright notice
            """)
    void namesTheKindOfCruft(String line, String reason) {
        assertThat(classifier.reasonFor(line)).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“We will rebuild,” she said.",
            "“Not today.”",
            "The river rose two metres overnight, officials said.",
            "More than 300 homes were flooded.",
            "Video-sharing sites carried footage of the collapse.",
            "He told Reuters the dam had been inspected in May.",
            "Updated figures showed 12 people were missing.",
            "Subscribers to the water service will get a refund.",
            "Bakers sold cookies to raise money for the victims.",
            "Related problems have plagued the dam for years.",
            "Sources said the minister would resign.",
            "Reuters could not verify the video.",
            "The error cost the firm two million euros.",
            "Officials said the video could not be played in court.",
            "Watchdogs warned of further delays.",
            "Video shows rescue of boy from flooded tunnel",
            "Watch out for falling prices"
    })
    void leavesArticleProseAlone(String line) {
        assertThat(classifier.reasonFor(line)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void judgesLongRepetitiveTextAsProseWithoutOverflowingTheStack() {
        assertThat(classifier.reasonFor("share ".repeat(5000) + "now")).isEmpty();
        assertThat(classifier.reasonFor("@handle ".repeat(5000))).isEmpty();
        assertThat(CreditLine.parse("Source: " + "x".repeat(100_000))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            © Provided by The Daily Example  | PUBLISHER  | The Daily Example
            Provided by Example Wire         | PUBLISHER  | Example Wire
            (c) Valley Courier               | PUBLISHER  | Valley Courier
            Source: Thanks portal.example    | SYNDICATOR | portal.example
            Source: https://www.news.example/world/123 | SYNDICATOR | news.example
            Source: Example Wire             | SYNDICATOR | Example Wire
            """)
    void readsWhoIsNamedInCreditLines(String line, CreditLine.Kind kind, String name) {
        assertThat(CreditLine.parse(line)).contains(new CreditLine(kind, name));
    }
}
