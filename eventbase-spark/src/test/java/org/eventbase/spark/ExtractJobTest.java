package org.eventbase.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.eventbase.json.DocumentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode ({@code local[2]}) on a mixed corpus (JSONL, WARC.gz, text, a malformed line and a corrupt
 * file), checked row for row against what the CLI's pipeline makes of the same inputs.
 */
class ExtractJobTest {
    private static final int ARTICLES = JobRun.ARTICLES;

    private final SparkSession spark = LocalSpark.session();
    private final JobRun run = JobRun.shared();
    private final Path output = run.output();
    private final RunReport report = run.report();
    private final Map<String, ObjectNode> cli = run.cli();

    @Test
    void everyArticleOfEveryFormatHasTheCliDocumentJsonByteForByte() throws IOException {
        List<Row> articles = rows("articles");
        assertThat(articles).hasSize(ARTICLES);
        for (Row row : articles) {
            String id = row.getAs("article_id");
            assertThat(cli).containsKey(id);
            assertThat((String) row.getAs("document_json")).isEqualTo(DocumentJson.mapper().writeValueAsString(cli.get(id)));
            assertThat((String) row.getAs("published_day"))
                    .isEqualTo(DocumentRows.publishedDay(cli.get(id).at("/article/published").textValue()));
        }
        assertThat(articles).extracting(r -> (String) r.getAs("input"))
                .anyMatch(input -> input.contains("wire.jsonl:"))
                .anyMatch(input -> input.contains("crawl.warc.gz"))
                .anyMatch(input -> input.contains("/text/"));
    }

    @Test
    void entityPlaceQuoteAndCountRowsAreTheCliLayers() {
        assertThat(keys(rows("entities"), "entity_id", "name", "kind"))
                .isEqualTo(cliKeys("entities", "id", "name", "kind"));
        assertThat(keys(rows("places"), "place_id", "name", "country_code"))
                .isEqualTo(cliKeys("places", "id", "name", "country_code"));
        assertThat(keys(rows("quotes"), "quote_id", "kind", "text"))
                .isEqualTo(cliKeys("quotes", "id", "kind", "text"));
        assertThat(keys(rows("counts"), "count_id", "kind", "min"))
                .isEqualTo(cliKeys("counts", "id", "kind", "min"));
        assertThat(rows("entities")).isNotEmpty();
    }

    @Test
    void eventRowsHaveTheCliTypesActorsPlacesAndEvidence() {
        Set<String> spark = new TreeSet<>();
        for (Row row : rows("events")) {
            List<String> actors = new ArrayList<>();
            for (Row actor : row.<Row>getList(row.fieldIndex("actors"))) {
                actors.add(actor.getAs("role") + ":" + actor.getAs("text") + ":" + actor.getAs("kind"));
            }
            int evidence = row.getList(row.fieldIndex("evidence")).size();
            spark.add(row.getAs("article_id") + "|" + row.getAs("event_id") + "|" + row.getAs("type") + "|" + actors
                    + "|" + row.getAs("place_text") + "|" + evidence);
        }
        Set<String> expected = new TreeSet<>();
        cli.forEach((id, json) -> json.path("events").forEach(e -> {
            List<String> actors = new ArrayList<>();
            e.path("sources").forEach(a -> actors.add("source:" + a.path("text").asText() + ":" + a.path("kind").asText()));
            e.path("targets").forEach(a -> actors.add("target:" + a.path("text").asText() + ":" + a.path("kind").asText()));
            JsonNode place = e.path("place");
            expected.add(id + "|" + e.path("id").asText() + "|" + e.path("type").asText() + "|" + actors + "|"
                    + (place.isMissingNode() || place.isNull() ? null : place.path("text").asText()) + "|"
                    + e.path("evidence").size());
        }));
        assertThat(spark).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void badRecordsAreFailureRowsWithTheirInputAndReasonAndTheJobStillSucceeds() {
        List<Row> failures = rows("failures");
        assertThat(failures).extracting(r -> (String) r.getAs("input"))
                .anyMatch(input -> input.endsWith("wire.jsonl:2"))
                .anyMatch(input -> input.endsWith("truncated.jsonl.gz"));
        assertThat(failures).allMatch(r -> !((String) r.getAs("reason")).isBlank());
        assertThat(report.failures()).isEqualTo(failures.size());
        assertThat(report.failureList()).hasSize(failures.size());
    }

    @Test
    void reportCountsEveryTableAndPartitionsByPublicationDay() throws IOException {
        assertThat(report.tables()).containsEntry("articles", (long) ARTICLES)
                .containsEntry("events", (long) rows("events").size())
                .containsEntry("entities", (long) rows("entities").size());
        assertThat(report.articlesPerSecond()).isPositive();
        assertThat(report.extractionSeconds()).isPositive().isLessThan(report.wallSeconds());
        assertThat(Files.readString(output.resolve("report.json"))).contains("\"articles\" : " + ARTICLES)
                .contains("\"extraction_seconds\" : ");
        assertThat(output.resolve("articles").resolve("published_day=" + MixedCorpus.DAY)).isDirectory();
        assertThat(output.resolve("articles").resolve("published_day=unknown")).isDirectory();
        assertThat(output.resolve("events").resolve("published_day=" + MixedCorpus.DAY)).isDirectory();
    }

    @Test
    void withNoStoriesTheJobWritesTheArticleTablesAndNoStoryTable(@TempDir Path dir) throws IOException {
        MixedCorpus.write(dir.resolve("corpus"), 11, 2);
        Path out = dir.resolve("out");
        RunReport noStories = new CorpusExtraction(spark).run(JobOptions.parse("--input",
                dir.resolve("corpus").toUri().toString(), "--output", out.toUri().toString(), "--no-stories"));
        assertThat(noStories.articles()).isEqualTo(2);
        assertThat(noStories.stories()).isNull();
        assertThat(noStories.tables()).containsKeys("articles", "events", "failures")
                .doesNotContainKeys("stories", "story_articles", "merged_events");
        assertThat(out.resolve("articles")).isDirectory();
        assertThat(out.resolve("stories")).doesNotExist();
        assertThat(out.resolve("merged_events")).doesNotExist();
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"articles\" : 2").doesNotContain("\"stories\"");
        // The full run of the shared corpus has them.
        assertThat(output.resolve("stories")).isDirectory();
    }

    private List<Row> rows(String table) {
        return spark.read().parquet(output.resolve(table).toString()).collectAsList();
    }

    private static Set<String> keys(List<Row> rows, String... columns) {
        Set<String> keys = new TreeSet<>();
        for (Row row : rows) {
            StringBuilder key = new StringBuilder(row.<String>getAs("article_id"));
            for (String column : columns) {
                key.append("|").append(String.valueOf((Object) row.getAs(column)));
            }
            keys.add(key.toString());
        }
        return keys;
    }

    private Set<String> cliKeys(String layer, String... fields) {
        Set<String> keys = new TreeSet<>();
        cli.forEach((id, json) -> json.path(layer).forEach(item -> {
            StringBuilder key = new StringBuilder(id);
            for (String field : fields) {
                JsonNode value = item.path(field);
                key.append('|').append(value.isNull() || value.isMissingNode() ? null : value.asText());
            }
            keys.add(key.toString());
        }));
        return keys;
    }
}
