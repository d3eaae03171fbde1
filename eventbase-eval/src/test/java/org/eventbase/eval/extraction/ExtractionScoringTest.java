package org.eventbase.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.eventbase.clean.ExtractionScore;
import org.eventbase.clean.ExtractionScore.Pair;
import org.junit.jupiter.api.Test;

/** The benchmark's shingle metric, on examples worked out by hand. */
class ExtractionScoringTest {
    @Test
    void averagesPrecisionAndRecallOverDocumentsThenTakesF1FromTheMeans() {
        // doc 1: shingles {abcd, bcde} vs {abcd, bcdx}: tp 1, fp 1, fn 1 -> P 1/2, R 1/2
        // doc 2: shingles {pqrs} vs {pqrs, qrst, rstu}: tp 1, fp 0, fn 2 -> P 1, R 1/3
        ExtractionScore score = ExtractionScore.of(List.of(
                new Pair("a b c d e", "a b c d x"),
                new Pair("p q r s", "p q r s t u")));

        double p = (0.5 + 1.0) / 2;
        double r = (0.5 + 1.0 / 3) / 2;
        assertThat(score.precision()).isCloseTo(p, within(1e-9));
        assertThat(score.recall()).isCloseTo(r, within(1e-9));
        assertThat(score.f1()).isCloseTo(2 * p * r / (p + r), within(1e-9));
        assertThat(score.accuracy()).isZero();
    }

    @Test
    void matchesRepeatedShinglesAsAMultiset() {
        // predicted {abcd x2, bcda, cdab, dabc} vs gold {abcd}: tp 1, fp 4, fn 0
        ExtractionScore score = ExtractionScore.of(List.of(new Pair("a b c d a b c d", "a b c d")));

        assertThat(score.precision()).isCloseTo(0.2, within(1e-9));
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void countsAccuracyOnlyForIdenticalTokenLists() {
        ExtractionScore score = ExtractionScore.of(List.of(
                new Pair("Rain, closed the port.", "Rain closed the port"),
                new Pair("Rain closed the port", "rain closed the port")));

        assertThat(score.accuracy()).isEqualTo(0.5);
    }
}
