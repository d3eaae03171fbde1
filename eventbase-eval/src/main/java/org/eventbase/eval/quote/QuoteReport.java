package org.eventbase.eval.quote;

import java.util.List;

/**
 * The result of scoring the quote stage on a gold set: one score row per view (all quotes, then per kind for the
 * project set; quoted passages, then all attributions for PolNeAR) and the errors of the first row, for
 * looking at failures. Example: {@code report.rows().get(0).score().f1()}.
 */
public record QuoteReport(String format, String split, int documents, List<Row> rows, List<Error> errors) {
    public QuoteReport {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** One view of the gold set and its score. Example: {@code Row("DIRECT", score)}. */
    public record Row(String label, QuoteScore score) {}

    /**
     * One failure: a gold quote {@code missed}, a {@code spurious} prediction, or a matched quote with the wrong
     * {@code speaker} or {@code kind}. Example: {@code Error("dev/a.txt", "speaker", "We stay", "Ana Berg", "he")}.
     */
    public record Error(String document, String problem, String quote, String expected, String found) {}
}
