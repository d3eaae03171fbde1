package org.eventbase.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventbase.json.DocumentJson;
import org.eventbase.json.DocumentJsonReader;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.Document;
import org.eventbase.store.ArticleSource;
import org.eventbase.store.SaveOutcome;
import org.eventbase.store.Store;

/**
 * Loads the Spark job's output into a store through the store's own writer: each {@code articles} row's document
 * JSON, sentence bounds and raw input become exactly the rows that ingesting that article would store, and each
 * {@code failures} row a failure. Nothing is extracted again. Idempotent: articles whose content hash is stored
 * already are skipped, failures are replaced per input.
 * Example: {@code new ParquetImport(store).load(Path.of("out/run-2024"))} gives {@code 412 new, 0 skipped, ...}.
 */
final class ParquetImport {
    private final Store store;

    ParquetImport(Store store) {
        this.store = store;
    }

    /** What an import did. Example: {@code new Outcome(410, 0, 2, 5)}. */
    record Outcome(long stored, long skipped, long duplicates, long failures) {
        String describe() {
            return stored + " articles stored, " + skipped + " already stored, " + duplicates
                    + " duplicates of stored articles, " + failures + " failures recorded";
        }
    }

    /** @throws IllegalArgumentException when {@code dir} holds no job output */
    Outcome load(Path dir) {
        if (ParquetRows.files(dir.resolve("articles")).isEmpty() && ParquetRows.files(dir.resolve("failures")).isEmpty()) {
            throw new IllegalArgumentException(dir + ": no articles/ or failures/ Parquet tables here; give the "
                    + "--output directory of the Spark job");
        }
        Set<String> known = new java.util.HashSet<>(store.contentHashes());
        long[] n = new long[4];
        ParquetRows.forEach(dir.resolve("articles"), row -> {
            ArticleSource source = ArticleSource.of(raw(row));
            if (!known.add(source.contentHash())) {
                n[1]++;
                return;
            }
            Document doc = DocumentJsonReader.read(row.get("document_json"), row.get("sentences_json"));
            SaveOutcome outcome = store.save(doc, source, pipelineVersion(row.get("document_json")));
            n[outcome == SaveOutcome.DUPLICATE ? 2 : 0]++;
        });
        ParquetRows.forEach(dir.resolve("failures"), row -> {
            store.recordFailure(row.get("input"), null, row.get("reason"));
            n[3]++;
        });
        return new Outcome(n[0], n[1], n[2], n[3]);
    }

    private static RawArticle raw(java.util.Map<String, String> row) {
        ArticleMetadata metadata = ArticleMetadata.EMPTY;
        try {
            if (row.get("raw_metadata_json") != null) {
                metadata = DocumentJson.mapper().readValue(row.get("raw_metadata_json"), ArticleMetadata.class);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("article " + row.get("article_id") + ": malformed raw_metadata_json", e);
        }
        return new RawArticle(row.get("input"), ContentFormat.valueOf(row.get("raw_format")), row.get("raw_content"),
                metadata);
    }

    /** The store's pipeline version string ({@code PipelineVersion}) of the code that made the document. */
    static String pipelineVersion(String documentJson) {
        try {
            JsonNode pipeline = DocumentJson.mapper().readTree(documentJson).path("pipeline");
            List<String> stages = new ArrayList<>();
            pipeline.path("stages").forEach(s -> stages.add(s.path("stage").asText() + " " + s.path("version").asText()));
            return "eventbase " + pipeline.path("eventbase").asText() + "; corenlp " + pipeline.path("corenlp").asText()
                    + "; " + String.join(", ", stages);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed document_json", e);
        }
    }
}
