package org.eventbase.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.quote.QuoteAssertions.describe;
import static org.eventbase.quote.QuoteAssertions.extract;
import static org.eventbase.quote.QuoteAssertions.quote;
import static org.eventbase.quote.QuoteAssertions.speakerName;

import org.eventbase.model.Quote;
import org.eventbase.pipeline.Document;
import org.junit.jupiter.api.Test;

/** Pronoun speakers: resolved to the one person the text is about, never guessed between two. */
class QuotePronounTest {

    @Test
    void pronounGoesToTheOnePersonOfThePreviousSentence() {
        Document doc = extract("Ingrid Solberg, the harbour master, closed the port on Friday. "
                + "“The storm is the worst in twenty years,” she said.");
        Quote q = quote(doc, "The storm is");
        assertThat(speakerName(doc, q)).as(describe(doc)).isEqualTo("Ingrid Solberg");
        assertThat(q.speakerText()).isEqualTo("she");
    }

    @Test
    void pronounGoesToTheSpeakerOfThePreviousSentence() {
        Document doc = extract("Dmitri Antonescu said he had warned Pavel Radu about the bridge. "
                + "“Nobody listened to me,” he added.");
        Quote q = quote(doc, "Nobody listened");
        assertThat(speakerName(doc, q)).as(describe(doc)).isEqualTo("Dmitri Antonescu");
        assertThat(q.verb()).isEqualTo("add");
    }

    @Test
    void pronounBetweenTwoEquallyLikelyPeopleStaysUnresolved() {
        Document doc = extract("Ana Ferreira and Julio Castro met in Lisbon on Monday. "
                + "“We agreed on nothing,” he said.");
        Quote q = quote(doc, "We agreed on nothing");
        assertThat(q.speakerId()).as(describe(doc)).isNull();
        assertThat(q.speakerReason()).isEqualTo("ambiguous pronoun");
        assertThat(q.speakerText()).isEqualTo("he");
    }

    @Test
    void pronounAfterAQuoteGoesToThatQuotesSpeaker() {
        Document doc = extract("“Prices doubled in a week,” said Yusuf Demir, who met Leyla Aksoy on Sunday.\n\n"
                + "“People cannot pay for bread,” he said.");
        assertThat(speakerName(doc, quote(doc, "People cannot pay"))).as(describe(doc)).isEqualTo("Yusuf Demir");
    }

    @Test
    void pronounGoesToTheSubjectOfThePreviousSentence() {
        Document doc = extract("Mayor Ana Ferreira met Julio Castro in Lisbon on Monday. "
                + "“We agreed on nothing,” she said.");
        assertThat(speakerName(doc, quote(doc, "We agreed on nothing"))).as(describe(doc)).isEqualTo("Ana Ferreira");
    }
}
