package org.eventbase.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScoreTest {
    private static final List<GoldTimex> GOLD = List.of(
            new GoldTimex(20, 29, "DATE", "2026-11-23"),
            new GoldTimex(34, 44, "DURATION", "P3D"),
            new GoldTimex(50, 55, "DATE", "2026"));

    @Test
    void scoresStrictRelaxedAndValueMatches() {
        // exact span, right value; overlapping span, wrong value; a prediction matching nothing
        TimexScore score = TimexScore.EMPTY.plus(GOLD, List.of(
                new PredictedTimex(20, 29, "2026-11-23"),
                new PredictedTimex(34, 39, "P3W"),
                new PredictedTimex(60, 65, "2025")));

        assertThat(score.strictPrecision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(score.strictRecall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(score.relaxedPrecision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.relaxedRecall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.valueAccuracy()).isEqualTo(0.5);
        assertThat(score.valueF1()).isCloseTo(2.0 / 3 * 0.5, within(1e-9));
    }

    @Test
    void matchesEachGoldExpressionOnce() {
        TimexScore score = TimexScore.EMPTY.plus(GOLD.subList(0, 1), List.of(
                new PredictedTimex(20, 24, "2026-11-23"), new PredictedTimex(25, 29, "2026-11-23")));

        assertThat(score.relaxedMatches()).isEqualTo(1);
        assertThat(score.relaxedPrecision()).isEqualTo(0.5);
        assertThat(score.relaxedRecall()).isEqualTo(1.0);
    }

    @Test
    void sumsCountsOverDocuments() {
        TimexScore score = TimexScore.EMPTY
                .plus(GOLD.subList(0, 1), List.of(new PredictedTimex(20, 29, "2026-11-23")))
                .plus(GOLD.subList(1, 3), List.of());

        assertThat(score).isEqualTo(new TimexScore(3, 1, 1, 1, 1));
        assertThat(score.strictRecall()).isCloseTo(1.0 / 3, within(1e-9));
    }
}
