package org.eventbase.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeocodingScoreTest {
    private static final double KM_PER_DEGREE = Math.PI * GeoPoint.EARTH_RADIUS_KM / 180;

    @Test
    void measuresGreatCircleDistancesInKilometres() {
        assertThat(new GeoPoint(0, 0).kilometresTo(new GeoPoint(0, 1))).isCloseTo(KM_PER_DEGREE, within(1e-6));
        assertThat(new GeoPoint(90, 0).kilometresTo(new GeoPoint(-90, 0)))
                .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_KM, within(1e-6));
        assertThat(new GeoPoint(51.5, -0.1).kilometresTo(new GeoPoint(51.5, -0.1))).isZero();
    }

    @Test
    void scoresOnlyGoldToponymsWithAPointThatTheSystemFound() {
        List<GoldToponym> gold = List.of(
                new GoldToponym(0, 5, "Elwin", new GeoPoint(0, 0)),
                new GoldToponym(10, 16, "Skerry", new GeoPoint(0, 10)),
                new GoldToponym(20, 25, "Tarns", new GeoPoint(0, 20)),
                new GoldToponym(30, 35, "Brook", null));
        List<ResolvedPlace> predicted = List.of(
                new ResolvedPlace(0, 5, new GeoPoint(0, 1)),       // 111.2 km off
                new ResolvedPlace(12, 16, new GeoPoint(0, 13)),    // overlaps Skerry, 333.6 km off
                new ResolvedPlace(30, 35, new GeoPoint(0, 30)));   // Brook has no gold point

        GeocodingScore score = GeocodingScore.EMPTY.plus(gold, predicted);

        assertThat(score.goldWithPoint()).isEqualTo(3);
        assertThat(score.found()).isEqualTo(2);
        assertThat(score.accuracyAt161()).isEqualTo(0.5);
        assertThat(score.meanErrorKm()).isCloseTo(2 * KM_PER_DEGREE, within(1e-6));
        assertThat(score.medianErrorKm()).isCloseTo(2 * KM_PER_DEGREE, within(1e-6));
    }

    @Test
    void takesTheMiddleErrorAsMedianAcrossDocuments() {
        GeocodingScore score = GeocodingScore.EMPTY
                .plus(List.of(new GoldToponym(0, 1, "A", new GeoPoint(0, 0))),
                        List.of(new ResolvedPlace(0, 1, new GeoPoint(0, 0))))
                .plus(List.of(new GoldToponym(0, 1, "B", new GeoPoint(0, 0)), new GoldToponym(2, 3, "C", new GeoPoint(0, 0))),
                        List.of(new ResolvedPlace(0, 1, new GeoPoint(0, 1)), new ResolvedPlace(2, 3, new GeoPoint(0, 5))));

        assertThat(score.medianErrorKm()).isCloseTo(KM_PER_DEGREE, within(1e-6));
        assertThat(score.accuracyAt161()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void scoresNothingFoundAsZeroNotNaN() {
        GeocodingScore score = GeocodingScore.EMPTY.plus(List.of(new GoldToponym(0, 1, "A", new GeoPoint(0, 0))), List.of());

        assertThat(score.accuracyAt161()).isZero();
        assertThat(score.meanErrorKm()).isZero();
        assertThat(score.medianErrorKm()).isZero();
    }
}
