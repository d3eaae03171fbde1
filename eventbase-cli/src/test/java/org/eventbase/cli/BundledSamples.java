package org.eventbase.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;

/**
 * The bundled samples with their expectation files, read once per test JVM and extracted with the standard
 * pipeline (the expectation's publication date is passed when the input carries none).
 * Example: {@code BundledSamples.all().get(0).extract().layer(Layers.COUNTS)}.
 */
final class BundledSamples {
    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One sample: its expectation file's name and content, and its extracted document (made on first use). */
    static final class Sample {
        private final String name;
        private final JsonNode expected;
        private Document document;

        Sample(String name, JsonNode expected) {
            this.name = name;
            this.expected = expected;
        }

        String name() {
            return name;
        }

        JsonNode expected() {
            return expected;
        }

        synchronized Document extract() {
            if (document == null) {
                RawArticle raw = read(expected);
                ArticleMetadata overrides = raw.metadata().published() == null && expected.hasNonNull("published")
                        ? new ArticleMetadata(null, null, null, null, null, expected.get("published").asText())
                        : ArticleMetadata.EMPTY;
                document = Shared.EXTRACTOR.extract(raw, overrides);
            }
            return document;
        }
    }

    private static final class Shared {
        static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();
        static final List<Sample> SAMPLES_LIST = load();
    }

    private BundledSamples() {}

    static List<Sample> all() {
        return Shared.SAMPLES_LIST;
    }

    private static List<Sample> load() {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("expected"))) {
            List<Sample> samples = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                samples.add(new Sample(file.getFileName().toString(), JSON.readTree(file.toFile())));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
