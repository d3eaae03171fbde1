package org.eventbase.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.InputException;
import org.eventbase.model.RawArticle;
import org.eventbase.model.OffsetMap;
import org.junit.jupiter.api.Test;

class TextArticleCleaningTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void removesEveryKindOfPortalCruftAndKeepsTheProse() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(Fixtures.read("portal-article-with-cruft.txt")));

        assertThat(cleaned.title()).isEqualTo("Harbour strike: dockworkers walk out over pay in Port Example");
        assertThat(cleaned.text().split("\n\n")).containsExactly(
                "Dockworkers at Port Example walked off the job on Monday, halting cargo traffic at the country’s"
                        + " second-busiest harbour after talks on a new wage deal collapsed.",
                "The union said about 2,000 members joined the strike, which began at dawn as the first ships were"
                        + " due to unload.",
                "Harbour director Mirela Vostanova urged both sides to return to the table, warning that perishable"
                        + " goods were already piling up on the quays.",
                "“We cannot let fruit rot while lawyers argue,” said Vostanova.",
                "Police said the march was peaceful and no arrests were made.",
                "The transport ministry said it would appoint a mediator by Wednesday.");
        assertThat(cleaned.removals()).extracting(Removal::reason).containsExactly(
                "publisher credit", "photo credit", "player error", "navigation", "advertisement", "video teaser",
                "video teaser title", "video teaser", "related link", "share or subscribe prompt",
                "share buttons", "photo caption", "cookie notice", "social handles", "advertisement",
                "source line");
    }

    @Test
    void firstLineIsBodyWhenTheContainerAlreadyGaveADifferentTitle() {
        RawArticle fromJsonl = new RawArticle("wire.jsonl:3", ContentFormat.TEXT,
                "Rescue teams reached the flooded villages on Friday, the army said.\n\nMore rain is forecast.",
                new ArticleMetadata("Floods cut off villages", null, null, null, null, null));

        CleanedArticle cleaned = cleaner.clean(fromJsonl);

        assertThat(cleaned.text()).startsWith("Rescue teams reached the flooded villages on Friday");
        assertThat(cleaned.title()).isNull();
    }

    @Test
    void firstLineRepeatingTheContainerTitleIsStillTheTitle() {
        RawArticle fromJsonl = new RawArticle("wire.jsonl:4", ContentFormat.TEXT,
                "Floods cut off villages\n\nRescue teams reached the flooded villages on Friday, the army said.",
                new ArticleMetadata("Floods  cut off villages", null, null, null, null, null));

        assertThat(cleaner.clean(fromJsonl).text()).isEqualTo(
                "Rescue teams reached the flooded villages on Friday, the army said.");
    }

    @Test
    void loneParagraphWithoutHeadlineIsTheArticleText() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(
                "Rescue teams reached three flooded villages north of the river on Friday, the army said.\n"));

        assertThat(cleaned.text()).isEqualTo(
                "Rescue teams reached three flooded villages north of the river on Friday, the army said.");
        assertThat(cleaned.title()).isNull();
    }

    @Test
    void findsPublisherAndSyndicatorInCreditLines() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(Fixtures.read("portal-article-with-cruft.txt")));

        assertThat(cleaned.found().publisher()).isEqualTo("The Daily Example");
        assertThat(cleaned.found().syndicator()).isEqualTo("portal.example");
        assertThat(cleaned.found().title()).isEqualTo(cleaned.title());
    }

    @Test
    void recordsEachRemovalWithItsRawRange() {
        String raw = Fixtures.read("portal-article-with-cruft.txt");
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(raw));

        for (Removal removal : cleaned.removals()) {
            assertThat(raw.substring(removal.rawStart(), removal.rawEnd()).replaceAll("\\s+", " "))
                    .isEqualTo(removal.text());
        }
    }

    @Test
    void skipsCruftAboveTheTitle() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(
                "Skip to content\nAdvertisement\n\nFerry resumes\n\nThe island ferry resumed sailings on Monday."));

        assertThat(cleaned.title()).isEqualTo("Ferry resumes");
        assertThat(cleaned.removals()).extracting(Removal::reason).containsExactly("navigation", "advertisement");
    }

    @Test
    void keepsALiveBlogHeadlineAsTheTitle() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(
                "Live: storm hits the coast\n\nWinds of 120km/h were recorded overnight, forecasters said."));

        assertThat(cleaned.title()).isEqualTo("Live: storm hits the coast");
    }

    @Test
    void readsTheBylineUnderTheTitle() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(
                "Council votes to rebuild library\nBy Ann Lee and Omar Diaz, City Desk\n\n"
                        + "The council voted on Tuesday to rebuild the central library, which burned down last year."));

        assertThat(cleaned.found().byline()).isEqualTo("Ann Lee and Omar Diaz");
        assertThat(cleaned.text()).startsWith("The council voted");
        assertThat(cleaned.removals()).extracting(Removal::reason).containsExactly("byline");
    }

    @Test
    void keepsShortQuoteAndOneSentenceParagraphs() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(
                "Mayor resigns\n\nThe mayor resigned on Friday after a week of protests.\n\n"
                        + "“I am done.”\n\nShe left by the back door.\n\n“Enough is enough,” one protester said"));

        assertThat(cleaned.text().split("\n\n")).hasSize(4).contains("“I am done.”", "She left by the back door.");
        assertThat(cleaned.removals()).isEmpty();
    }

    @Test
    void dropsATitleCaseTeaserHeadlineBetweenProseParagraphs() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text("Dam holds\n\n"
                + "Engineers said on Sunday the dam had held through the night, despite record rainfall upstream.\n\n"
                + "Celebrity Chef Opens Third Restaurant In Capital\n\n"
                + "Residents downstream were told they could return home, but schools would stay shut until Tuesday.\n\n"
                + "What happens next\n\n"
                + "Inspectors will check the spillway on Monday and report to the regional council within a week."));

        assertThat(cleaned.text()).doesNotContain("Celebrity Chef").contains("What happens next");
        assertThat(cleaned.removals()).extracting(Removal::reason).containsExactly("headline-like line in prose");
    }

    @Test
    void leavesSubheadingsProductNamesAndNumbersInACleanArticle() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text("Clinic opens\n\n"
                + "A new walk-in clinic opened on the east side of the town on Monday, the health board said.\n\n"
                + "A Long Wait Ends\n\n"
                + "Residents had campaigned for a clinic for more than a decade, collecting thousands of signatures.\n\n"
                + "Model X2 Portable Ultrasound Scanner\n\n"
                + "The clinic's first purchase was a portable scanner that can be carried to patients' homes.\n\n"
                + "02-555-0142\n\n"
                + "The clinic is open from 8am to 8pm, seven days a week, and no appointment is needed."));

        assertThat(cleaned.removals()).isEmpty();
        assertThat(cleaned.text().split("\n\n")).hasSize(7);
    }

    @Test
    void collapsesWhitespaceAndSeparatesParagraphsByOneBlankLine() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(
                "  Title  \n\n\n  First   paragraph\twith  gaps.  \n\n\n\n Second paragraph.\n"));

        assertThat(cleaned.text()).isEqualTo("First paragraph with gaps.\n\nSecond paragraph.");
        assertThat(cleaned.title()).isEqualTo("Title");
    }

    @Test
    void joinsLinesHardWrappedInsideASentence() {
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(
                "Rail fares rise\n\nRail fares will rise by four per cent in March, the operator said,\n"
                        + "blaming higher energy costs.\nPassenger groups called the rise unfair."));

        assertThat(cleaned.text()).isEqualTo(
                "Rail fares will rise by four per cent in March, the operator said, blaming higher energy costs."
                        + "\n\nPassenger groups called the rise unfair.");
    }

    @Test
    void mapsCleanOffsetsBackToTheRawText() {
        String raw = "Title\n\nFirst  line of text.\n\nLoad Error\n\nSecond line.";
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(raw));
        OffsetMap map = cleaned.sourceMap();

        int second = cleaned.text().indexOf("Second");
        assertThat(raw.substring(map.toRaw(second))).startsWith("Second line.");
        int line = cleaned.text().indexOf("line of");
        assertThat(raw.substring(map.toRaw(line))).startsWith("line of text.");
    }

    @Test
    void failsNamingTheInputWhenNothingArticleLikeRemains() {
        assertThatThrownBy(() -> cleaner.clean(Fixtures.text(
                "Watch: highlights\n\nLoad Error\n\nWhat to watch next\n\nAdvertisement\n\nSource: Thanks portal.example")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("test.txt: no article text left after cleaning");
    }

    @Test
    void failsOnEmptyInput() {
        assertThatThrownBy(() -> cleaner.clean(Fixtures.text("   \n\n")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).input()).isEqualTo("test.txt"));
    }
}
