package org.eventbase.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventbase.eval.Fixtures;
import org.eventbase.model.InputException;
import org.eventbase.model.QuoteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteGoldReadersTest {
    private static String covered(QuoteGoldDocument doc, GoldQuote quote) {
        StringBuilder words = new StringBuilder();
        quote.content().forEach(s -> words.append(words.length() == 0 ? "" : " ")
                .append(doc.text(), s.start(), s.end()));
        return words.toString();
    }

    @Test
    void readsTheProjectFormatOfOneSplit() {
        QuoteGoldSet gold = QuoteGoldSet.read(Fixtures.path("quote/project"), "dev");

        assertThat(gold.format()).isEqualTo(QuoteGoldSet.PROJECT);
        assertThat(gold.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.id()).isEqualTo("dev/harbour.txt");
            assertThat(doc.quotes()).extracting(GoldQuote::kind)
                    .containsExactly(QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT);
            assertThat(covered(doc, doc.quotes().get(1))).isEqualTo("an insult");
            assertThat(doc.quotes().get(2).speaker()).isEqualTo("the ferry company");
        });
    }

    @Test
    void placesARepeatedQuoteAtTheOccurrenceGiven() {
        QuoteGoldDocument doc = QuoteGoldSet.read(Fixtures.path("quote/project/quotes.jsonl"), "test")
                .documents().get(0);

        assertThat(doc.quotes().get(1).content().get(0).start())
                .isGreaterThan(doc.quotes().get(0).content().get(0).end());
        assertThat(doc.quotes().get(1).hasSpeaker()).isFalse();
    }

    @Test
    void refusesAQuoteThatIsNotInTheArticleNamingTheLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("dev"));
        Files.writeString(dir.resolve("dev/a.txt"), "“Yes,” said Ana Berg.");
        Files.writeString(dir.resolve("quotes.jsonl"),
                "{\"article\":\"dev/a.txt\",\"kind\":\"DIRECT\",\"quote\":\"No\",\"speaker\":\"Ana Berg\"}\n");

        assertThatThrownBy(() -> QuoteGoldSet.read(dir, "dev"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("quotes.jsonl:1")
                .hasMessageContaining("not in the article");
    }

    @Test
    void readsPolnearRelationsWithCodePointOffsetsAndDiscontinuousContent() {
        QuoteGoldSet gold = QuoteGoldSet.read(Fixtures.path("quote/polnear"), "dev");

        assertThat(gold.format()).isEqualTo(QuoteGoldSet.POLNEAR);
        QuoteGoldDocument doc = gold.documents().get(0);
        assertThat(doc.id()).isEqualTo("mayor-vote");
        // the first annotator's file is read, not the second
        assertThat(doc.quotes()).hasSize(2);
        GoldQuote direct = doc.quotes().get(0);
        assertThat(covered(doc, direct)).isEqualTo("“We stay here,”");
        assertThat(doc.text().substring(direct.speakerSpans().get(0).start(), direct.speakerSpans().get(0).end()))
                .isEqualTo("Ana Berg");
        assertThat(PolnearReader.opensWithMark(direct, doc.text())).isTrue();
        GoldQuote reported = doc.quotes().get(1);
        assertThat(covered(doc, reported)).isEqualTo("the budget was late");
        assertThat(reported.hasSpeaker()).isFalse();
        assertThat(PolnearReader.opensWithMark(reported, doc.text())).isFalse();
    }

    @Test
    void namesThePathWhenItIsNeitherFormat(@TempDir Path dir) {
        assertThatThrownBy(() -> QuoteGoldSet.read(dir, "dev"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("neither");
    }

    @Test
    void theProjectGoldSetHasBothHalvesAllKindsAndAtLeast150Quotes() {
        QuoteGoldSet gold = QuoteGoldSet.read(Path.of("../gold/quotes"), "all");
        List<GoldQuote> quotes = gold.documents().stream().flatMap(d -> d.quotes().stream()).toList();

        assertThat(quotes).hasSizeGreaterThanOrEqualTo(150);
        for (String split : List.of("dev", "test")) {
            assertThat(gold.documents().stream().filter(d -> d.split().equals(split))
                    .flatMap(d -> d.quotes().stream()).map(GoldQuote::kind).distinct())
                    .as(split).containsExactlyInAnyOrder(QuoteKind.values());
        }
    }
}
