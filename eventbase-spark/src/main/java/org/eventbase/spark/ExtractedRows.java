package org.eventbase.spark;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.InputException;
import org.eventbase.pipeline.Document;
import org.eventbase.story.ArticleProfiles;

/**
 * What one input record became: its rows of every {@link OutputTable} and its story profile (for the corpus-level
 * {@link StoryStage}), or one {@code failures} row naming the input, the stage that failed ({@code read} or
 * {@code extract}) and why. Extraction problems never throw out of here, so one bad record cannot fail a Spark task.
 * Example: {@code ExtractedRows.of(input).rows(OutputTable.EVENTS)}.
 *
 * @param profile the article's {@link org.eventbase.story.ArticleProfile} as JSON ({@link ProfileJson}), null for a
 *                failure
 */
record ExtractedRows(Map<OutputTable, List<Row>> tables, String profile) implements Serializable {

    /** Extracts {@code input} with this JVM's shared pipeline. */
    static ExtractedRows of(InputArticle input) {
        if (input.failed()) {
            return failure(input.input(), "read", input.problem());
        }
        try {
            Document doc = ExtractorHolder.extractor().extract(input.raw(), ArticleMetadata.EMPTY);
            return new ExtractedRows(DocumentRows.of(doc, input.raw()), ProfileJson.write(ArticleProfiles.of(doc)));
        } catch (InputException e) {
            return failure(input.input(), "extract", e.problem());
        } catch (RuntimeException | StackOverflowError e) {
            return failure(input.input(), "extract", "internal error while extracting (" + e
                    + "); report it with this input");
        }
    }

    static ExtractedRows failure(String input, String stage, String reason) {
        Map<OutputTable, List<Row>> tables = new EnumMap<>(OutputTable.class);
        tables.put(OutputTable.FAILURES, List.of(RowFactory.create(input, stage, reason)));
        return new ExtractedRows(tables, null);
    }

    List<Row> rows(OutputTable table) {
        return tables.getOrDefault(table, List.of());
    }

    boolean isArticle() {
        return !rows(OutputTable.ARTICLES).isEmpty();
    }
}
