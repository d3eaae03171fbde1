package org.eventbase.bench;

import org.eventbase.model.RawArticle;

/**
 * One article of a benchmark run, held in memory so that disk reads do not enter the timings: the raw input Eventbase
 * extracts from, and its clean text, which the plain CoreNLP pipeline annotates.
 * Example: {@code new BenchArticle(raw, "Thousands of dock workers marched …")}.
 */
public record BenchArticle(RawArticle raw, String cleanText) {
    public String input() {
        return raw.input();
    }
}
