package org.eventbase.eval.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Geocoding error as Gritta et al. report it: for each gold toponym with a point that the system also found (a
 * predicted place overlapping its span), the great-circle distance between the two points; accuracy@161 km is the
 * share of those within 161 km, with mean and median error. Example:
 * {@code GeocodingScore.EMPTY.plus(gold, predicted).accuracyAt161()}.
 *
 * @param goldWithPoint gold toponyms that have coordinates
 * @param errorsKm      one distance per such toponym the system found, in the order found
 */
public record GeocodingScore(int goldWithPoint, List<Double> errorsKm) {
    public static final GeocodingScore EMPTY = new GeocodingScore(0, List.of());
    static final double ACCURACY_KM = 161;

    public GeocodingScore {
        errorsKm = List.copyOf(errorsKm);
    }

    /** This score with one document counted in; a gold toponym takes the first predicted place overlapping it. */
    public GeocodingScore plus(List<GoldToponym> gold, List<ResolvedPlace> predicted) {
        List<Double> errors = new ArrayList<>(errorsKm);
        int withPoint = goldWithPoint;
        for (GoldToponym toponym : gold) {
            if (!toponym.hasPoint()) {
                continue;
            }
            withPoint++;
            predicted.stream()
                    .filter(p -> p.start() < toponym.end() && toponym.start() < p.end())
                    .findFirst()
                    .ifPresent(p -> errors.add(p.point().kilometresTo(toponym.point())));
        }
        return new GeocodingScore(withPoint, errors);
    }

    public int found() {
        return errorsKm.size();
    }

    public double accuracyAt161() {
        return errorsKm.isEmpty() ? 0 : (double) errorsKm.stream().filter(d -> d <= ACCURACY_KM).count() / found();
    }

    public double meanErrorKm() {
        return errorsKm.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double medianErrorKm() {
        if (errorsKm.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(errorsKm);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
