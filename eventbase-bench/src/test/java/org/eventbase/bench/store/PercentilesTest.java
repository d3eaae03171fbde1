package org.eventbase.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOfTwentyTimings() {
        double[] millis = new double[20];
        for (int i = 0; i < 20; i++) {
            millis[i] = 20 - i; // 20, 19, … 1: the order given does not matter
        }
        Percentiles p = Percentiles.of(millis);
        assertThat(p.p50()).isEqualTo(10);
        assertThat(p.p95()).isEqualTo(19);
        assertThat(p.runs()).isEqualTo(20);
    }
}
