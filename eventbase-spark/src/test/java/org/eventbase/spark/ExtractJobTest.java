package org.eventbase.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.json.DocumentJson;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.pipeline.ArticleExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode ({@code local[2]}) on a mixed corpus (JSONL, WARC.gz, text, a malformed line and a corrupt
 * file), checked row for row against what the CLI's pipeline makes of the same inputs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractJobTest {
    private static final int ARTICLES = 6;

    @TempDir
    static Path dir;

    private SparkSession spark;
    private Path output;
    private RunReport report;
    /** The CLI's document JSON per article id, with the input named as Hadoop names it ({@code file:/...}). */
    private final Map<String, ObjectNode> cli = new HashMap<>();

    @BeforeAll
    void runJobAndCli() throws IOException {
        Path corpus = dir.resolve("corpus");
        MixedCorpus.write(corpus, 7, ARTICLES);
        output = dir.resolve("out");
        spark = LocalSpark.session();
        report = new CorpusExtraction(spark).run(JobOptions.parse("--input", corpus.toUri().toString(),
                "--output", output.toUri().toString(), "--partitions", "3"));

        ArticleExtractor extractor = ArticleExtractor.standard();
        try (Stream<ReadResult> results = new ArticleInputs(ReadLimits.defaults()).read(corpus)) {
            for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                if (result instanceof ReadResult.Ok ok) {
                    ObjectNode json = DocumentJson.toTree(extractor.extract(ok.article(), ArticleMetadata.EMPTY));
                    ObjectNode article = (ObjectNode) json.get("article");
                    article.put("input", "file:" + article.get("input").asText());
                    cli.put(article.get("id").asText(), json);
                }
            }
        }
    }

    @Test
    void everyArticleOfEveryFormatHasTheCliDocumentJsonByteForByte() throws IOException {
        List<Row> articles = rows("articles");
        assertThat(articles).hasSize(ARTICLES);
        for (Row row : articles) {
            String id = row.getAs("article_id");
            assertThat(cli).containsKey(id);
            assertThat((String) row.getAs("document_json")).isEqualTo(DocumentJson.mapper().writeValueAsString(cli.get(id)));
            assertThat((String) row.getAs("published_day"))
                    .isEqualTo(cli.get(id).at("/article/published").isNull() ? OutputTable.UNKNOWN_DAY : MixedCorpus.DAY);
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
        assertThat(Files.readString(output.resolve("report.json"))).contains("\"articles\" : " + ARTICLES);
        assertThat(output.resolve("articles").resolve("published_day=" + MixedCorpus.DAY)).isDirectory();
        assertThat(output.resolve("articles").resolve("published_day=unknown")).isDirectory();
        assertThat(output.resolve("events").resolve("published_day=" + MixedCorpus.DAY)).isDirectory();
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
