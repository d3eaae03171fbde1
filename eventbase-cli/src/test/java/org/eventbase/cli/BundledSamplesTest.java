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
import org.assertj.core.api.SoftAssertions;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.model.Article;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.Entity;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the full extraction over every bundled sample article and checks it against the expectations written
 * beside it in {@code samples/expected/}. Article metadata and text (title, publisher, syndicator, date, body kept,
 * cruft removed) must match exactly. Entity facts (presence, kind, mention count, aliases, roles, attributes) are
 * scored: the share met must not fall below {@link #ENTITY_FACTS_FLOOR}, and every miss is printed, so the test
 * both guards against regressions and measures progress (some facts, such as the kind of a small town, wait for
 * the gazetteer).
 */
class BundledSamplesTest {
    /** Share of expected entity facts met when this floor was last raised; raise it as extraction improves. */
    private static final double ENTITY_FACTS_FLOOR = 0.93;

    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MISSES = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final java.util.concurrent.atomic.AtomicInteger FACTS = new java.util.concurrent.atomic.AtomicInteger();

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsExpectedExtraction() throws IOException {
        List<Path> expectations;
        try (Stream<Path> files = Files.list(SAMPLES.resolve("expected"))) {
            expectations = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(expectations).hasSizeGreaterThanOrEqualTo(12);
        ArticleExtractor extractor = ArticleExtractor.standard();
        Stream<DynamicTest> perSample = expectations.stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> check(extractor, file.getFileName().toString(),
                        JSON.readTree(file.toFile()))));
        DynamicTest score = DynamicTest.dynamicTest("entity facts met", BundledSamplesTest::checkEntityScore);
        return Stream.concat(perSample, Stream.of(score));
    }

    private static void checkEntityScore() {
        int total = FACTS.get();
        double met = total == 0 ? 0 : 1.0 - (double) MISSES.size() / total;
        System.out.printf("Bundled samples: %d of %d entity facts met (%.3f); misses:%n", total - MISSES.size(),
                total, met);
        MISSES.forEach(miss -> System.out.println("  " + miss));
        assertThat(total).isGreaterThan(0);
        assertThat(met).as("share of expected entity facts met; misses: " + MISSES)
                .isGreaterThanOrEqualTo(ENTITY_FACTS_FLOOR);
    }

    private static void check(ArticleExtractor extractor, String sample, JsonNode expected) {
        RawArticle raw = read(expected);
        boolean plainText = raw.metadata().published() == null && expected.hasNonNull("published");
        ArticleMetadata overrides = plainText
                ? new ArticleMetadata(null, null, null, null, null, expected.get("published").asText())
                : ArticleMetadata.EMPTY;
        Document doc = extractor.extract(raw, overrides);
        Article article = doc.article();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(article.title()).as("title").isEqualTo(text(expected, "title"));
        soft.assertThat(article.publisher()).as("publisher").isEqualTo(text(expected, "publisher"));
        soft.assertThat(article.syndicator()).as("syndicator").isEqualTo(text(expected, "syndicator"));
        if (expected.hasNonNull("published")) {
            soft.assertThat(article.published()).as("published").startsWith(expected.get("published").asText());
        }
        for (JsonNode kept : expected.path("text_contains")) {
            soft.assertThat(article.text()).as("text keeps").contains(kept.asText());
        }
        for (JsonNode dropped : expected.path("text_excludes")) {
            soft.assertThat(article.text()).as("text drops").doesNotContain(dropped.asText());
        }
        soft.assertAll();
        List<Entity> entities = doc.layer(Layers.ENTITIES).entities();
        for (JsonNode want : expected.path("entities")) {
            scoreEntity(sample, entities, want);
        }
    }

    private static void scoreEntity(String sample, List<Entity> entities, JsonNode want) {
        String name = want.get("name").asText();
        Optional<Entity> found = entities.stream().filter(e -> e.name().equals(name)).findFirst();
        if (!fact(sample, found.isPresent(), name + " not found among " + entities.stream().map(Entity::name).toList())) {
            return;
        }
        Entity e = found.get();
        if (want.hasNonNull("kind")) {
            fact(sample, e.kind().name().equals(want.get("kind").asText()),
                    name + ": kind " + e.kind() + ", expected " + want.get("kind").asText());
        }
        if (want.hasNonNull("mentions_at_least")) {
            fact(sample, e.mentions().size() >= want.get("mentions_at_least").asInt(),
                    name + ": " + e.mentions().size() + " mentions, expected at least " + want.get("mentions_at_least"));
        }
        for (JsonNode alias : want.path("aliases")) {
            fact(sample, e.aliases().contains(alias.asText()), name + ": no alias " + alias.asText() + " in " + e.aliases());
        }
        for (JsonNode role : want.path("roles")) {
            String title = role.get("title").asText();
            String of = text(role, "of");
            boolean has = e.roles().stream().anyMatch(r -> r.title().equalsIgnoreCase(title)
                    && (of == null || of.equals(r.of())));
            fact(sample, has, name + ": no role " + title + (of == null ? "" : " of " + of) + " in "
                    + e.roles().stream().map(r -> r.title() + (r.of() == null ? "" : " of " + r.of())).toList());
        }
        want.path("attributes").properties().forEach(attr -> fact(sample, e.attributes().stream()
                        .anyMatch(a -> a.name().equals(attr.getKey()) && a.value().equals(attr.getValue().asText())),
                name + ": no attribute " + attr.getKey() + "=" + attr.getValue().asText()));
    }

    private static boolean fact(String sample, boolean met, String miss) {
        FACTS.incrementAndGet();
        if (!met) {
            MISSES.add(sample + ": " + miss);
        }
        return met;
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

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
