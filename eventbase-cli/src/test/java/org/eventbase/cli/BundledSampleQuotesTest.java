package org.eventbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.Entity;
import org.eventbase.model.Quote;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;

/**
 * Scores the quotes stage on the bundled samples: the share of the quotes listed under {@code later.quotes} in
 * {@code samples/expected/} that are found (a quote whose text starts with {@code starts_with}) with the right
 * speaker. Prints every miss and fails when the share falls below {@link #QUOTES_FLOOR}.
 */
class BundledSampleQuotesTest {
    /** Share of expected sample quotes found with the right speaker when this floor was last raised. */
    private static final double QUOTES_FLOOR = 1.0;

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void findsExpectedSampleQuotesWithTheirSpeakers() throws IOException {
        List<Path> expectations;
        try (Stream<Path> files = Files.list(SAMPLES.resolve("expected"))) {
            expectations = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ArticleExtractor extractor = ArticleExtractor.standard();
        List<String> misses = new ArrayList<>();
        int total = 0;
        for (Path file : expectations) {
            JsonNode expected = JSON.readTree(file.toFile());
            JsonNode wanted = expected.path("later").path("quotes");
            if (wanted.isEmpty()) {
                continue;
            }
            Document doc = extract(extractor, expected);
            for (JsonNode want : wanted) {
                total++;
                String miss = check(doc, want.get("starts_with").asText(), want.get("speaker").asText());
                if (miss != null) {
                    misses.add(file.getFileName() + ": " + miss);
                }
            }
        }
        double share = total == 0 ? 0 : 1.0 - (double) misses.size() / total;
        System.out.printf("Bundled samples: %d of %d expected quotes found with the right speaker (%.3f); misses:%n",
                total - misses.size(), total, share);
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(total).isGreaterThan(0);
        assertThat(share).as("share of expected quotes with the right speaker; misses: " + misses)
                .isGreaterThanOrEqualTo(QUOTES_FLOOR);
    }

    private static String check(Document doc, String startsWith, String speaker) {
        List<Quote> quotes = doc.layer(Layers.QUOTES).quotes();
        Optional<Quote> found = quotes.stream().filter(q -> q.text().startsWith(startsWith)).findFirst();
        if (found.isEmpty()) {
            return "no quote starting '" + startsWith + "' among "
                    + quotes.stream().map(q -> abbreviate(q.text())).toList();
        }
        String name = doc.layer(Layers.ENTITIES).entities().stream()
                .filter(e -> e.id().equals(found.get().speakerId()))
                .map(Entity::name)
                .findFirst()
                .orElse(null);
        if (!speaker.equals(name)) {
            return "'" + startsWith + "' attributed to " + name + " (" + found.get().speakerText() + ", "
                    + found.get().speakerReason() + "), expected " + speaker;
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    private static Document extract(ArticleExtractor extractor, JsonNode expected) {
        Path input = SAMPLES.resolve(expected.get("input").asText());
        String line = expected.hasNonNull("line") ? ":" + expected.get("line").asInt() : "";
        List<ReadResult> results = new ArrayList<>();
        try (Stream<ReadResult> read = new ArticleInputs(ReadLimits.defaults()).read(input)) {
            read.forEach(results::add);
        }
        RawArticle raw = results.stream()
                .filter(r -> r instanceof ReadResult.Ok ok && (line.isEmpty() || ok.article().input().endsWith(line)))
                .map(r -> ((ReadResult.Ok) r).article())
                .findFirst()
                .orElseThrow(() -> new AssertionError("cannot read " + input + line + ": " + results));
        return extractor.extract(raw, ArticleMetadata.EMPTY);
    }
}
