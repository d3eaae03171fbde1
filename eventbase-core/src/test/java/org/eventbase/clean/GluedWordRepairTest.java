package org.eventbase.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedWordRepairTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private String cleanBody(String body) {
        return cleaner.clean(Fixtures.text("Headline\n\n" + body)).text();
    }

    @Test
    void splitsANameGluedToTheNextWordWhenTheNameStandsAloneElsewhere() {
        String text = cleanBody("Minister Arlen Voskuijlenappealed for calm.\n\nVoskuijlen later left the capital.");

        assertThat(text).startsWith("Minister Arlen Voskuijlen appealed for calm.");
    }

    @Test
    void acceptsASecondWordSeenOnlyInTheDocument() {
        String text = cleanBody("Ms Pradovaxyzzed the plan.\n\nPradova and her aides xyzzed it again.");

        assertThat(text).startsWith("Ms Pradova xyzzed the plan.");
    }

    @Test
    void keepsPunctuationAroundTheSplitWord() {
        String text = cleanBody("Talks (led by Voskuijlensaid, aides) ended.\n\nVoskuijlen was tired.");

        assertThat(text).startsWith("Talks (led by Voskuijlen said, aides) ended.");
    }

    @Test
    void refusesWhenTheNameNeverStandsAlone() {
        String text = cleanBody("Minister Voskuijlenappealed for calm.\n\nThe minister later left.");

        assertThat(text).contains("Voskuijlenappealed");
    }

    @Test
    void refusesWhenTheSameGluedTokenRecurs() {
        String text = cleanBody("Voskuijlenappealed spoke.\n\nVoskuijlenappealed spoke again, Voskuijlen said.");

        assertThat(text).contains("Voskuijlenappealed spoke.").contains("Voskuijlenappealed spoke again");
    }

    @Test
    void refusesToSplitAKnownWordLikeASurname() {
        String text = cleanBody("John met Johnson at noon.\n\nJohn left first.");

        assertThat(text).contains("Johnson");
    }

    @Test
    void keepsDemonymsWholeWhenTheDocumentNamesTheirCountry() {
        String text = cleanBody("Mali is calm. Malian troops and Haitians met Iraqis and a Londoner in Mali.\n\n"
                + "Haiti, Iraq and London sent an envoy, who is there.");

        assertThat(text).contains("Malian troops and Haitians met Iraqis and a Londoner");
    }

    @Test
    void refusesEndingsThatFormNames() {
        String text = cleanBody("Koval flew to Kovalland.\n\nThey own land there.");

        assertThat(text).contains("Kovalland");
    }

    @Test
    void mapsBothHalvesToTheirRawPositions() {
        String raw = "Headline\n\nMinister Voskuijlenappealed for calm.\n\nVoskuijlen left.";
        CleanedArticle cleaned = cleaner.clean(Fixtures.text(raw));

        int appealed = cleaned.text().indexOf("appealed");
        assertThat(cleaned.sourceMap().toRaw(appealed)).isEqualTo(raw.indexOf("appealed"));
        int name = cleaned.text().indexOf("Voskuijlen");
        assertThat(cleaned.sourceMap().toRaw(name)).isEqualTo(raw.indexOf("Voskuijlen"));
    }

    @Test
    void putsASpaceWhereOnlyAnInlineTagSeparatedANameFromTheNextWord() {
        String page = "<html><body><article><p>President <a href=\"/p\">Voskuijlen</a>appealed for calm on Monday"
                + " after a week of protests.</p><p>Voskuijlen later left the capital for the coast.</p>"
                + "<p>His <b>Voskuijlen</b>-era reforms were cancelled.</p></article></body></html>";
        String text = cleaner.clean(Fixtures.html(page)).text();

        assertThat(text).startsWith("President Voskuijlen appealed for calm").contains("Voskuijlen-era reforms");
    }
}
