package org.eventbase.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which countries an article is about, as shares of the evidence: country names, demonyms ("Chilean"), and the
 * countries of places resolved without doubt. Example: an article naming Chile twice and Peru once, with one
 * "Chilean", gives Chile a share of 0.75 and {@code main()} "CL".
 */
final class CountryFocus {
    private final Map<String, Double> weights = new HashMap<>();
    private double total;

    /** Counts {@code weight} more evidence for {@code countryCode}. */
    void add(String countryCode, double weight) {
        if (countryCode == null || countryCode.isEmpty()) {
            return;
        }
        weights.merge(countryCode, weight, Double::sum);
        total += weight;
    }

    /** The share of the evidence for {@code countryCode}, from 0 to 1. */
    double share(String countryCode) {
        return total == 0 || countryCode == null ? 0 : weights.getOrDefault(countryCode, 0.0) / total;
    }

    /** The country with the most evidence, if any; ties go to the alphabetically first code. */
    Optional<String> main() {
        return weights.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }
}
