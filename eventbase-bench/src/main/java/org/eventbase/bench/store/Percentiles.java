package org.eventbase.bench.store;

import java.util.Arrays;

/**
 * The p50 and p95 of repeated timings, nearest-rank. Example: {@code Percentiles.of(new double[] {3, 1, 2}).p50()}
 * is 2.
 */
public record Percentiles(double p50, double p95, int runs) {
    public static Percentiles of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.95), sorted.length);
    }

    private static double rank(double[] sorted, double share) {
        int index = (int) Math.ceil(share * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
