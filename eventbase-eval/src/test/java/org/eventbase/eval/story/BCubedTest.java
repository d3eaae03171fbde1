package org.eventbase.eval.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {
    @Test
    void oneSystemClusterOverTwoGoldClustersLosesPrecisionNotRecall() {
        BCubed score = BCubed.score(List.of("x", "x", "x"), List.of("g1", "g1", "g2"));
        assertThat(score.precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, within(1e-9));
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void singletonsLoseRecallNotPrecision() {
        BCubed score = BCubed.score(List.of("a", "b"), List.of("g", "g"));
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void pairScoreCountsPrecisionAndRecall() {
        PairScore score = new PairScore(1, 1, 0);
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(1.0);
    }
}
