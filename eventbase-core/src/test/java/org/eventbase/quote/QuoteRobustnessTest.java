package org.eventbase.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.quote.QuoteAssertions.describe;
import static org.eventbase.quote.QuoteAssertions.extract;
import static org.eventbase.quote.QuoteAssertions.speakerName;

import java.util.ArrayList;
import java.util.List;
import org.eventbase.json.DocumentJson;
import org.eventbase.model.Quote;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;

/** Odd input, apostrophes, the JSON form, and a whole article where no quote may go to the wrong person. */
class QuoteRobustnessTest {

    @Test
    void apostrophesAreNotQuotes() {
        Document doc = extract("The union’s leader said the workers’ pay had not risen since 2019. "
                + "The drivers' strike entered its 'third week' on Monday.");
        assertThat(doc.layer(Layers.QUOTES).quotes()).as(describe(doc))
                .extracting(Quote::text).containsExactly("third week");
    }

    @Test
    void unclosedQuoteAtTheEndAndEmptyTextGiveNoError() {
        assertThat(extract("“We will never").layer(Layers.QUOTES).quotes()).extracting(Quote::text)
                .containsExactly("We will never");
        assertThat(extract("").layer(Layers.QUOTES).quotes()).isEmpty();
        assertThat(extract("“”").layer(Layers.QUOTES).quotes()).isEmpty();
    }

    @Test
    void jsonHasTopLevelQuotes() {
        Document doc = extract("“The border stays closed,” said Karim Haddad.");
        var json = DocumentJson.toTree(doc);
        assertThat(json.get("quotes")).hasSize(1);
        assertThat(json.get("quotes").get(0).get("speaker_text").asText()).isEqualTo("Karim Haddad");
        assertThat(json.get("quotes").get(0).get("kind").asText()).isEqualTo("DIRECT");
    }

    @Test
    void noQuoteOfAnArticleGoesToTheWrongPerson() {
        String text = "Fishermen blocked the harbour of Mombasa on Tuesday. Their leader, Juma Mwangi, said: "
                + "“We have not been paid for three months.”\n\n"
                + "“The fish rot while the ministers talk,” he added. “Nobody in Nairobi listens.”\n\n"
                + "Fisheries minister Wanjiru Kamau met Mwangi on Wednesday. She called the blockade "
                + "“an act of sabotage” and said the arrears would be paid by Friday.\n\n"
                + "“I made no promise I cannot keep,” Kamau told Citizen TV.\n\n"
                + "A coast guard officer said: “Boats will be towed if they stay.”";
        Document doc = extract(text);
        List<String> got = new ArrayList<>();
        for (Quote q : doc.layer(Layers.QUOTES).quotes()) {
            got.add(q.text().substring(0, Math.min(12, q.text().length())) + " -> " + speakerName(doc, q));
        }
        assertThat(got).as(describe(doc)).containsExactly(
                "We have not  -> Juma Mwangi",
                "The fish rot -> Juma Mwangi",
                "Nobody in Na -> Juma Mwangi",
                "an act of sa -> Wanjiru Kamau",
                "I made no pr -> Wanjiru Kamau",
                "Boats will b -> null");
    }
}
