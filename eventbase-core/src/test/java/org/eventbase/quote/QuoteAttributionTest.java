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

/** Each attribution form on short texts written for the test: who said it, with which verb, through what. */
class QuoteAttributionTest {

    @Test
    void speakerAfterTheVerbFollowingTheQuote() {
        Document doc = extract("Dockers blocked the gates on Monday.\n\n"
                + "“We will stay here until the bill is withdrawn,” said Marta Okonkwo, a union organiser.");
        Quote q = quote(doc, "We will stay here");
        assertThat(speakerName(doc, q)).as(describe(doc)).isEqualTo("Marta Okonkwo");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.verb()).isEqualTo("say");
        assertThat(q.speakerText()).isEqualTo("Marta Okonkwo");
    }

    @Test
    void speakerBeforeTheVerbFollowingTheQuote() {
        Document doc = extract("“Nobody asked the farmers what they needed,” Tomasz Wieczorek said on Tuesday.");
        Quote q = quote(doc, "Nobody asked");
        assertThat(speakerName(doc, q)).as(describe(doc)).isEqualTo("Tomasz Wieczorek");
        assertThat(q.channel()).isNull();
    }

    @Test
    void speakerIntroducingTheQuoteWithAColon() {
        Document doc = extract("Interior minister Selin Karaca said: “The roads will reopen tomorrow.”");
        Quote q = quote(doc, "The roads will reopen");
        assertThat(speakerName(doc, q)).as(describe(doc)).isEqualTo("Selin Karaca");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.text()).isEqualTo("The roads will reopen tomorrow.");
    }

    @Test
    void colonAtTheEndOfTheParagraphBeforeTheQuote() {
        Document doc = extract("In a televised address, Selin Karaca said:\n\n“The roads will reopen tomorrow.”");
        Quote q = quote(doc, "The roads will reopen");
        assertThat(speakerName(doc, q)).as(describe(doc)).isEqualTo("Selin Karaca");
    }

    @Test
    void channelOfToldAndOfWroteOn() {
        Document doc = extract("Rafael Montoya told Radio Caracol: “We were never consulted.” "
                + "Later, Ines Duarte wrote on Facebook that the plan was “a disgrace to the city”.");
        Quote told = quote(doc, "We were never consulted");
        assertThat(speakerName(doc, told)).as(describe(doc)).isEqualTo("Rafael Montoya");
        assertThat(told.verb()).isEqualTo("tell");
        assertThat(told.channel()).isEqualTo("Radio Caracol");
        Quote wrote = quote(doc, "a disgrace to the city");
        assertThat(speakerName(doc, wrote)).as(describe(doc)).isEqualTo("Ines Duarte");
        assertThat(wrote.verb()).isEqualTo("write");
        assertThat(wrote.channel()).isEqualTo("Facebook");
        assertThat(wrote.kind()).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void speakerNotTheAppositionAfterIt() {
        Document doc = extract("Talks collapsed in Tbilisi. “This will not end quietly,” said Levan Beridze, "
                + "a Kutaisi-based analyst.");
        Quote q = quote(doc, "This will not end");
        assertThat(speakerName(doc, q)).as(describe(doc)).isEqualTo("Levan Beridze");
        assertThat(q.speakerText()).isEqualTo("Levan Beridze");
    }

    @Test
    void nameInsideCommasBeforeTheVerb() {
        Document doc = extract("Its chairman, Olufemi Adeyemi, said: “Every member paid in full.”");
        assertThat(speakerName(doc, quote(doc, "Every member"))).as(describe(doc)).isEqualTo("Olufemi Adeyemi");
    }

    @Test
    void nameBeforeADescriptionInCommas() {
        Document doc = extract("Hana Novakova, a spokesperson for the Prague transport authority, said: "
                + "“Services will resume at noon.”");
        assertThat(speakerName(doc, quote(doc, "Services will resume"))).as(describe(doc))
                .isEqualTo("Hana Novakova");
    }

    @Test
    void quoteSplitAroundItsAttribution() {
        Document doc = extract("“We are not leaving,” said Amara Diallo, “until the mayor comes out to meet us.”");
        assertThat(speakerName(doc, quote(doc, "We are not leaving"))).as(describe(doc)).isEqualTo("Amara Diallo");
        Quote second = quote(doc, "until the mayor");
        assertThat(speakerName(doc, second)).as(describe(doc)).isEqualTo("Amara Diallo");
        assertThat(second.kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void twoSpeakersInOneParagraph() {
        Document doc = extract("“The dam is safe,” said Kofi Mensah. “It is not safe at all,” Abena Owusu replied.");
        assertThat(speakerName(doc, quote(doc, "The dam is safe"))).as(describe(doc)).isEqualTo("Kofi Mensah");
        assertThat(speakerName(doc, quote(doc, "It is not safe"))).as(describe(doc)).isEqualTo("Abena Owusu");
    }

    @Test
    void unnamedSpeakerKeepsItsDescription() {
        Document doc = extract("Crowds gathered outside the station. “We were told to clear the square,” "
                + "a police officer said.");
        Quote q = quote(doc, "We were told");
        assertThat(q.speakerId()).as(describe(doc)).isNull();
        assertThat(q.speakerReason()).isEqualTo("unnamed speaker");
        assertThat(q.speakerText()).isEqualTo("a police officer");
    }

    @Test
    void quoteWithoutAttribution() {
        Document doc = extract("The banner read: “Bread, water, dignity.” Nobody claimed it.");
        Quote q = quote(doc, "Bread, water");
        assertThat(q.speakerId()).as(describe(doc)).isNull();
        assertThat(q.speakerReason()).isEqualTo("no attribution found");
    }

    @Test
    void reportedSpeechWithoutMarksIsIndirect() {
        Document doc = extract("Opposition leader Bogdan Ionescu wrote on Facebook that the count had been rigged. "
                + "The electoral commission rejected the claim.");
        Quote q = quote(doc, "the count had been rigged");
        assertThat(q.kind()).as(describe(doc)).isEqualTo(QuoteKind.INDIRECT);
        assertThat(speakerName(doc, q)).isEqualTo("Bogdan Ionescu");
        assertThat(q.verb()).isEqualTo("write");
        assertThat(q.channel()).isEqualTo("Facebook");
    }
}
