package org.eventbase.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.quote.QuoteAssertions.describe;
import static org.eventbase.quote.QuoteAssertions.extract;
import static org.eventbase.quote.QuoteAssertions.quote;
import static org.eventbase.quote.QuoteAssertions.speakerName;

import org.eventbase.model.Quote;
import org.eventbase.model.QuoteKind;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;

/** Quote marks, kinds, quotes over several paragraphs and statements continued in a further paragraph. */
class QuoteShapeTest {

    @Test
    void partialQuoteInsideTheSpeakersSentence() {
        Document doc = extract("Governor Paulo Mendes described the strikers as “saboteurs of the economy” "
                + "on Wednesday.");
        Quote q = quote(doc, "saboteurs");
        assertThat(q.kind()).as(describe(doc)).isEqualTo(QuoteKind.PARTIAL);
        assertThat(speakerName(doc, q)).isEqualTo("Paulo Mendes");
        assertThat(q.describes()).isEqualTo("the strikers");
    }

    @Test
    void shortTermWithoutReportingVerbIsAScareQuote() {
        Document doc = extract("The alliance sent ‘stabilisation units’ to the border town on Sunday.");
        Quote q = quote(doc, "stabilisation units");
        assertThat(q.kind()).as(describe(doc)).isEqualTo(QuoteKind.SCARE);
        assertThat(q.speakerId()).isNull();
    }

    @Test
    void straightQuotesWorkLikeCurlyOnes() {
        Document doc = extract("\"The border stays closed,\" said Karim Haddad.");
        Quote q = quote(doc, "The border stays closed");
        assertThat(speakerName(doc, q)).as(describe(doc)).isEqualTo("Karim Haddad");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void quoteInsideAQuoteStaysPartOfIt() {
        Document doc = extract("“They shouted ‘go home’ at us all night,” said Ewa Lindqvist.");
        assertThat(doc.layer(Layers.QUOTES).quotes()).as(describe(doc)).hasSize(1);
        Quote q = quote(doc, "They shouted");
        assertThat(q.text()).contains("‘go home’");
        assertThat(speakerName(doc, q)).isEqualTo("Ewa Lindqvist");
    }

    @Test
    void quoteRunningOverTwoParagraphsIsOneQuote() {
        String text = "Mayor Camille Fontaine said: “The water rose faster than anyone expected.\n\n"
                + "“We will rebuild every house that was lost.”\n\nRescue teams worked through the night.";
        Document doc = extract(text);
        assertThat(doc.layer(Layers.QUOTES).quotes()).as(describe(doc)).hasSize(1);
        Quote q = quote(doc, "The water rose");
        assertThat(q.text()).contains("We will rebuild").doesNotContain("“");
        assertThat(text.substring(q.span().start(), q.span().end())).endsWith("was lost.");
        assertThat(speakerName(doc, q)).isEqualTo("Camille Fontaine");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void unattributedQuoteParagraphContinuesThePreviousSpeaker() {
        Document doc = extract("“The clinic has no power,” said Dr Nadia Rahimi.\n\n"
                + "“We are operating by torchlight and the generators ran out of fuel on Friday.”\n\n"
                + "The health ministry did not respond.");
        Quote first = quote(doc, "The clinic has");
        Quote next = quote(doc, "We are operating");
        assertThat(speakerName(doc, next)).as(describe(doc)).isEqualTo("Nadia Rahimi");
        assertThat(next.continues()).isEqualTo(first.id());
        assertThat(next.verb()).isNull();
    }

    @Test
    void quoteAfterAnotherPersonsParagraphIsNotContinued() {
        Document doc = extract("“The clinic has no power,” said Dr Nadia Rahimi.\n\n"
                + "Officials blamed the storm for the outage.\n\n"
                + "“We are operating by torchlight.”");
        Quote next = quote(doc, "We are operating");
        assertThat(next.speakerId()).as(describe(doc)).isNull();
        assertThat(next.continues()).isNull();
    }

    @Test
    void idsFollowTextOrderAndSpansCoverTheContent() {
        String text = "“First,” said Lars Eklund. Ana Ruiz called it ‘theatre’. “Second,” said Lars Eklund.";
        Document doc = extract(text);
        assertThat(doc.layer(Layers.QUOTES).quotes()).as(describe(doc))
                .extracting(Quote::id).containsExactly("q1", "q2", "q3");
        for (Quote q : doc.layer(Layers.QUOTES).quotes()) {
            assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
        }
    }
}
