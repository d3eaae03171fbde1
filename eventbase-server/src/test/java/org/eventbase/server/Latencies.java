package org.eventbase.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Request latencies of a load test and their percentiles (nearest rank). Example:
 * {@code Latencies.of("reads", nanos).describe()} is {@code "reads: 5120 requests, p50 3.1 ms, p95 12.4 ms, …"}.
 */
record Latencies(String what, List<Long> sortedNanos) {
    static Latencies of(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Latencies(what, List.copyOf(sorted));
    }

    /** The latency below which {@code percent} of the requests finished, in milliseconds. */
    double percentileMillis(double percent) {
        if (sortedNanos.isEmpty()) {
            throw new IllegalStateException("no " + what + " were timed");
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.size());
        return sortedNanos.get(Math.max(0, rank - 1)) / 1e6;
    }

    String describe() {
        return String.format(Locale.ROOT, "%s: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                what, sortedNanos.size(), percentileMillis(50), percentileMillis(95), percentileMillis(99),
                percentileMillis(100));
    }
}
