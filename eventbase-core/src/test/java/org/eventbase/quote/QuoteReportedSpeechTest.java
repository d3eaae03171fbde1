package org.eventbase.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.quote.QuoteAssertions.describe;
import static org.eventbase.quote.QuoteAssertions.extract;
import static org.eventbase.quote.QuoteAssertions.quote;
import static org.eventbase.quote.QuoteAssertions.speakerName;

import org.eventbase.model.Quote;
import org.eventbase.model.QuoteKind;
import org.eventbase.pipeline.Document;
import org.junit.jupiter.api.Test;

/**
 * Reported speech without marks in its several shapes, and speakers found outside the quote's own sentence, on
 * short texts written for the test.
 */
class QuoteReportedSpeechTest {

    @Test
    void clauseAfterTheVerbWithoutThatIsIndirect() {
        Document doc = extract("Mayor Ana Berg said the bridge would reopen in May.");
        Quote q = quote(doc, "the bridge would reopen in May");
        assertThat(q.kind()).as(describe(doc)).isEqualTo(QuoteKind.INDIRECT);
        assertThat(speakerName(doc, q)).isEqualTo("Ana Berg");
    }

    @Test
    void clauseBeforeItsAttributionIsIndirect() {
        Document doc = extract("Three people were hurt in the blast in Tromsø, the police said on Sunday.");
        Quote q = quote(doc, "Three people were hurt in the blast in Tromsø");
        assertThat(q.kind()).as(describe(doc)).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.speakerText()).isEqualTo("the police");
    }

    @Test
    void accordingToOpensIndirectSpeech() {
        Document doc = extract("According to the health ministry, 40 people were treated in Bergen hospitals.");
        Quote q = quote(doc, "40 people were treated");
        assertThat(q.kind()).as(describe(doc)).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.speakerText()).isEqualTo("the health ministry");
    }

    @Test
    void participleReportsForTheSubjectOfItsVerbPastATimePhrase() {
        Document doc = extract("The Dockers Union on Monday rejected the offer in Gdańsk, saying its members had "
                + "not been consulted.");
        Quote q = quote(doc, "its members had not been consulted");
        assertThat(q.kind()).as(describe(doc)).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.speakerText()).contains("Union");
    }

    @Test
    void citedAsSayingKeepsAPartialQuoteInsideTheReportedClause() {
        Document doc = extract("Local newspapers cited the transport ministry as saying 12 officers were hurt "
                + "“by a violent mob”.");
        Quote reported = quote(doc, "12 officers were hurt");
        assertThat(reported.kind()).as(describe(doc)).isEqualTo(QuoteKind.INDIRECT);
        assertThat(reported.speakerText()).isEqualTo("the transport ministry");
        assertThat(quote(doc, "by a violent mob").kind()).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void verbIntroducingADirectQuoteGivesNoReportedSpeech() {
        Document doc = extract("Ana Berg said: “The bridge will reopen in May.”");
        assertThat(doc.layer(org.eventbase.pipeline.Layers.QUOTES).quotes()).as(describe(doc))
                .extracting(Quote::kind).containsExactly(QuoteKind.DIRECT);
    }

    @Test
    void quoteOpeningASentenceAfterOneAboutAPersonIsTheirs() {
        Document doc = extract("The fishermen blocked the port of Valparaíso.\n\n"
                + "Héctor Rojas dismissed the offer. “They have promised money before. We never saw it.”");
        assertThat(speakerName(doc, quote(doc, "They have promised"))).as(describe(doc)).isEqualTo("Héctor Rojas");
    }

    @Test
    void quoteInANewParagraphIsNotGivenToThePreviousParagraphsSubject() {
        Document doc = extract("Héctor Rojas dismissed the offer.\n\n“The port stays closed.”");
        assertThat(quote(doc, "The port stays closed").speakerId()).as(describe(doc)).isNull();
    }

    @Test
    void relativeClauseBetweenSpeakerAndVerbIsSkipped() {
        Document doc = extract("Another worker, who asked not to be named, said: “The exit door was locked.”");
        assertThat(quote(doc, "The exit door").speakerText()).as(describe(doc)).isEqualTo("Another worker");
    }
    @Test
    void parenthesisBetweenSpeakerAndVerbIsSkipped() {
        Document doc = extract("“We will vote against the budget,” Senator Ana Berg (Labour) said in Oslo.");
        assertThat(speakerName(doc, quote(doc, "We will vote"))).as(describe(doc)).isEqualTo("Ana Berg");
    }

    @Test
    void nameAfterADashEndingTheParagraphIsTheSpeaker() {
        Document doc = extract("Readers in Lisbon wrote to us.\n\n“The new bridge scares me. Nobody checked it.” ― Tom Lind"
                + "\n\n“I cross it every day and I feel safe.” ― Rui Costa\n");
        assertThat(speakerName(doc, quote(doc, "The new bridge"))).as(describe(doc)).isEqualTo("Tom Lind");
        assertThat(speakerName(doc, quote(doc, "I cross it"))).as(describe(doc)).isEqualTo("Rui Costa");
    }
}
