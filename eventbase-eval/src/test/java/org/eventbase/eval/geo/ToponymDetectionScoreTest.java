package org.eventbase.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToponymDetectionScoreTest {
    @Test
    void countsGoldFoundAndPredictionsCorrectByOverlap() {
        List<GoldToponym> gold = List.of(new GoldToponym(0, 10, "Port Elwin", null),
                new GoldToponym(20, 25, "Elwin", new GeoPoint(1, 1)), new GoldToponym(40, 46, "Skerry", null));
        List<PredictedToponym> predicted = List.of(new PredictedToponym(5, 10, null),
                new PredictedToponym(20, 25, new GeoPoint(1, 1)), new PredictedToponym(30, 35, null));

        ToponymDetectionScore score = ToponymDetectionScore.EMPTY.plus(gold, predicted);

        assertThat(score.goldFound()).isEqualTo(2);
        assertThat(score.predictedCorrect()).isEqualTo(2);
        assertThat(score.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void scoresNothingFoundAsZeroNotAnError() {
        ToponymDetectionScore score = ToponymDetectionScore.EMPTY.plus(List.of(new GoldToponym(0, 4, "Tarm", null)),
                List.of());
        assertThat(score.precision()).isZero();
        assertThat(score.recall()).isZero();
        assertThat(score.f1()).isZero();
    }
}
