package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.RawArticle;
import org.eventbase.model.TimeRef;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;

/**
 * Scores the times layer of every bundled sample against the {@code later.times} expectations beside it: an
 * expected expression with a value is met when a found time overlapping its words has the same value (an interval
 * compared by its start). The share met must not fall below {@link #TIME_FACTS_FLOOR}; misses are printed. Times
 * of day, durations and deadlines ("within 72 hours") are not attempted yet, so the floor is below one.
 */
class BundledSampleTimesTest {
    /** Share of expected time values met when this floor was last raised (87 of 106); raise it as the stage grows. */
    private static final double TIME_FACTS_FLOOR = 0.80;

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sampleTimesResolveToTheirExpectedValues() throws IOException {
        List<Path> expectations;
        try (Stream<Path> files = Files.list(SAMPLES.resolve("expected"))) {
            expectations = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ArticleExtractor extractor = ArticleExtractor.standard();
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (Path file : expectations) {
            JsonNode expected = JSON.readTree(file.toFile());
            RawArticle raw = read(expected);
            ArticleMetadata overrides = raw.metadata().published() == null && expected.hasNonNull("published")
                    ? new ArticleMetadata(null, null, null, null, null, expected.get("published").asText())
                    : ArticleMetadata.EMPTY;
            List<TimeRef> found = extractor.extract(raw, overrides).layer(Layers.TIMES).times();
            for (JsonNode want : expected.path("later").path("times")) {
                if (!want.hasNonNull("value")) {
                    continue;
                }
                total++;
                String text = want.get("text").asText();
                String value = start(want.get("value").asText());
                boolean met = found.stream().anyMatch(t -> (text.contains(t.text()) || t.text().contains(text))
                        && t.value() != null && start(t.value()).equals(value));
                if (!met) {
                    misses.add(file.getFileName() + ": \"" + text + "\" → " + value + ", found "
                            + found.stream().filter(t -> text.contains(t.text())).map(TimeRef::value).toList());
                }
            }
        }
        double share = total == 0 ? 0 : 1.0 - (double) misses.size() / total;
        System.out.printf("Bundled samples: %d of %d time values met (%.3f); misses:%n", total - misses.size(), total,
                share);
        misses.forEach(miss -> System.out.println("  " + miss));
        assertThat(total).isGreaterThan(0);
        assertThat(share).as("share of expected time values met; misses: " + misses)
                .isGreaterThanOrEqualTo(TIME_FACTS_FLOOR);
    }

    private static String start(String value) {
        return value.split("/")[0];
    }

    private static RawArticle read(JsonNode expected) {
        Path input = SAMPLES.resolve(expected.get("input").asText());
        String line = expected.hasNonNull("line") ? ":" + expected.get("line").asInt() : "";
        List<ReadResult> results = new ArrayList<>();
        try (Stream<ReadResult> read = new ArticleInputs(ReadLimits.defaults()).read(input)) {
            read.forEach(results::add);
        }
        return results.stream()
                .filter(r -> r instanceof ReadResult.Ok ok && (line.isEmpty() || ok.article().input().endsWith(line)))
                .map(r -> ((ReadResult.Ok) r).article())
                .findFirst()
                .orElseThrow(() -> new AssertionError("cannot read " + input + line + ": " + results));
    }
}
