package org.eventbase.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eventbase.model.QuoteKind;
import org.eventbase.model.Span;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {
    private static final String TEXT = "“We will stay here until the end,” she said, and the crowd cheered loudly.";

    private static GoldQuote gold(String words) {
        int at = TEXT.indexOf(words);
        return new GoldQuote(List.of(new Span(at, at + words.length())), QuoteKind.DIRECT, "Ana Berg", List.of());
    }

    private static PredictedQuote predicted(String words) {
        int at = TEXT.indexOf(words);
        return new PredictedQuote(new Span(at, at + words.length()), QuoteKind.DIRECT, List.of(), List.of(), null);
    }

    @Test
    void pairsQuotesSharingHalfOfBothTokenSets() {
        QuoteMatcher.Result result = new QuoteMatcher(TEXT).match(
                List.of(gold("We will stay here until the end,")), List.of(predicted("We will stay here")));

        assertThat(result.pairs()).hasSize(1);
        assertThat(result.missed()).isEmpty();
    }

    @Test
    void rejectsAPredictionThatIsMostlyOtherWords() {
        // shares all 3 gold tokens, but they are 3 of the prediction's 16
        QuoteMatcher.Result result = new QuoteMatcher(TEXT).match(List.of(gold("until the end")),
                List.of(predicted("We will stay here until the end,” she said, and the crowd cheered loudly")));

        assertThat(result.pairs()).isEmpty();
        assertThat(result.missed()).hasSize(1);
        assertThat(result.spurious()).hasSize(1);
    }

    @Test
    void takesPredictionsInsideAPairedGoldQuoteAsItsParts() {
        String text = "“We will stay here,” she said, “until the contract is signed by all.”";
        int a = text.indexOf("We will");
        int b = text.indexOf("until");
        GoldQuote split = new GoldQuote(List.of(new Span(a, text.indexOf("here") + 4),
                new Span(b, text.indexOf("all") + 3)), QuoteKind.DIRECT, "Ana Berg", List.of());
        QuoteMatcher.Result result = new QuoteMatcher(text).match(List.of(split), List.of(
                new PredictedQuote(new Span(a, text.indexOf("here") + 5), QuoteKind.DIRECT, List.of(), List.of(), null),
                new PredictedQuote(new Span(b, text.indexOf("all") + 4), QuoteKind.DIRECT, List.of(), List.of(), null)));

        assertThat(result.pairs()).hasSize(1);
        assertThat(result.parts()).hasSize(1);
        assertThat(result.spurious()).isEmpty();
        assertThat(QuoteScore.EMPTY.plus(result).precision()).isEqualTo(1.0);
    }

    @Test
    void pairsQuotedWordsInsideAReportedClauseWithTheirOwnGoldQuote() {
        String text = "She said the offer was “an insult to the crew”.";
        int clause = text.indexOf("the offer");
        int words = text.indexOf("an insult");
        GoldQuote indirect = new GoldQuote(List.of(new Span(clause, text.indexOf("”") + 1)), QuoteKind.INDIRECT,
                "Ana Berg", List.of());
        GoldQuote partial = new GoldQuote(List.of(new Span(words, text.indexOf("”"))), QuoteKind.PARTIAL,
                "Ana Berg", List.of());
        PredictedQuote predictedPartial = new PredictedQuote(new Span(words, text.indexOf("”")), QuoteKind.PARTIAL,
                List.of(), List.of(), null);
        PredictedQuote predictedIndirect = new PredictedQuote(new Span(clause, text.indexOf("”") + 1),
                QuoteKind.INDIRECT, List.of(), List.of(), null);
        QuoteMatcher.Result result = new QuoteMatcher(text).match(List.of(indirect, partial),
                List.of(predictedIndirect, predictedPartial));

        assertThat(result.pairs()).extracting(QuoteMatcher.Pair::predicted)
                .containsExactly(predictedIndirect, predictedPartial);
        assertThat(result.missed()).isEmpty();
    }

    @Test
    void leavesOutPredictionsInsideIgnoredRegions() {
        int at = TEXT.indexOf("the crowd cheered loudly");
        QuoteMatcher.Result result = new QuoteMatcher(TEXT).match(List.of(),
                List.of(predicted("crowd cheered"), predicted("We will stay")),
                List.of(List.of(new Span(at, TEXT.length()))));

        assertThat(result.ignored()).isEqualTo(1);
        assertThat(result.spurious()).extracting(p -> p.content().start()).containsExactly(TEXT.indexOf("We will"));
    }

    @Test
    void pairsEachPredictionWithOneGoldQuoteAtMost() {
        QuoteMatcher.Result result = new QuoteMatcher(TEXT).match(
                List.of(gold("We will stay here until the end,"), gold("We will stay here")),
                List.of(predicted("We will stay here until the end,")));

        assertThat(result.pairs()).hasSize(1);
        assertThat(result.missed()).hasSize(1);
    }
}
