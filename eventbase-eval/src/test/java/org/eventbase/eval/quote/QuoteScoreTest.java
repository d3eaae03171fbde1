package org.eventbase.eval.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.eventbase.model.QuoteKind;
import org.eventbase.model.Span;
import org.junit.jupiter.api.Test;

class QuoteScoreTest {
    private static final Span CONTENT = new Span(0, 10);

    private static GoldQuote gold(String speaker, QuoteKind kind) {
        return new GoldQuote(List.of(CONTENT), kind, speaker, List.of());
    }

    private static PredictedQuote predicted(QuoteKind kind, String speakerText, String... names) {
        return new PredictedQuote(CONTENT, kind, List.of(names), List.of(), speakerText);
    }

    private static QuoteScore scoreOf(GoldQuote gold, PredictedQuote predicted) {
        return QuoteScore.EMPTY.plus(new QuoteMatcher.Result(
                List.of(new QuoteMatcher.Pair(gold, predicted)), List.of(), List.of()));
    }

    @Test
    void acceptsAnAliasOrTheSpeakersWordsForTheGoldName() {
        assertThat(scoreOf(gold("Ana Berg", QuoteKind.DIRECT), predicted(QuoteKind.DIRECT, "she", "Berg"))
                .speakerAccuracy()).isEqualTo(1.0);
        assertThat(scoreOf(gold("the interior ministry", QuoteKind.INDIRECT),
                predicted(QuoteKind.INDIRECT, "the ministry", "interior ministry")).speakerAccuracy()).isEqualTo(1.0);
    }

    @Test
    void rejectsAnotherPersonOrAnUnresolvedPronoun() {
        assertThat(scoreOf(gold("Ana Berg", QuoteKind.DIRECT), predicted(QuoteKind.DIRECT, "Tom Lind", "Tom Lind"))
                .speakerAccuracy()).isEqualTo(0.0);
        assertThat(scoreOf(gold("Ana Berg", QuoteKind.DIRECT), predicted(QuoteKind.DIRECT, "she"))
                .speakerAccuracy()).isEqualTo(0.0);
    }

    @Test
    void aGoldQuoteWithoutSpeakerWantsNoneNamed() {
        assertThat(scoreOf(gold(null, QuoteKind.SCARE), predicted(QuoteKind.SCARE, null)).speakerAccuracy())
                .isEqualTo(1.0);
        assertThat(scoreOf(gold(null, QuoteKind.SCARE), predicted(QuoteKind.PARTIAL, "Ana Berg", "Ana Berg"))
                .speakerAccuracy()).isEqualTo(0.0);
    }

    @Test
    void goldSourceSpansAgreeWithAnyMentionOfThePredictedSpeaker() {
        GoldQuote gold = new GoldQuote(List.of(CONTENT), null, null, List.of(new Span(40, 42)));
        PredictedQuote sameEntity = new PredictedQuote(CONTENT, QuoteKind.DIRECT, List.of("Ana Berg"),
                List.of(new Span(15, 23), new Span(40, 43)), "Berg");
        PredictedQuote other = new PredictedQuote(CONTENT, QuoteKind.DIRECT, List.of("Tom Lind"),
                List.of(new Span(50, 58)), "Tom Lind");

        assertThat(scoreOf(gold, sameEntity).speakerAccuracy()).isEqualTo(1.0);
        assertThat(scoreOf(gold, other).speakerAccuracy()).isEqualTo(0.0);
    }

    @Test
    void countsPrecisionRecallAndKindAgreement() {
        QuoteMatcher.Result result = new QuoteMatcher.Result(
                List.of(new QuoteMatcher.Pair(gold("Ana Berg", QuoteKind.DIRECT),
                        predicted(QuoteKind.PARTIAL, "Ana Berg", "Ana Berg"))),
                List.of(gold("Tom Lind", QuoteKind.DIRECT)),
                List.of(predicted(QuoteKind.SCARE, null), predicted(QuoteKind.SCARE, null)));
        QuoteScore score = QuoteScore.EMPTY.plus(result);

        assertThat(score.precision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.f1()).isCloseTo(0.4, within(1e-9));
        assertThat(score.speakerAccuracy()).isEqualTo(1.0);
        assertThat(score.kindAccuracy()).isEqualTo(0.0);
    }
}
