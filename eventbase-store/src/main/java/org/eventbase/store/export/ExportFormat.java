package org.eventbase.store.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats {@code eventbase export} writes, by the name the command takes. Example:
 * {@code ExportFormat.parse("acled-csv")} is {@link #ACLED_CSV}.
 */
public enum ExportFormat {
    JSONL("jsonl", true),
    ACLED_CSV("acled-csv", true),
    GEOJSON("geojson", true),
    PARQUET("parquet", false);

    private final String label;
    private final boolean text;

    ExportFormat(String label, boolean text) {
        this.label = label;
        this.text = text;
    }

    public String label() {
        return label;
    }

    /** True for the text formats, which may go to standard output. */
    public boolean text() {
        return text;
    }

    public static Optional<ExportFormat> parse(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equalsIgnoreCase(label == null ? "" : label.strip()))
                .findFirst();
    }

    /** {@code jsonl, acled-csv, geojson, parquet}. */
    public static String labels() {
        return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
    }
}
