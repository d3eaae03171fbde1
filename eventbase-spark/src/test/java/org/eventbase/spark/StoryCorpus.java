package org.eventbase.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventbase.json.DocumentJson;

/**
 * A small story corpus for the story stage: the articles of two situations of the project's own event gold set
 * ({@code gold/events/gold.jsonl}), the fuel riot in Medan and the bus-terminal bombing in Quetta, five articles
 * each, with a syndicated copy in each and a death toll that rises from one outlet to the next. Written as one
 * JSON Lines file with the fields ingest reads (url, title, publisher, published, text).
 * Example: {@code StoryCorpus.write(dir.resolve("stories.jsonl"))}.
 */
final class StoryCorpus {
    /** The gold set, relative to the module (Maven runs tests there). */
    static final Path GOLD = Path.of("..", "gold", "events", "gold.jsonl");
    static final List<String> SITUATIONS = List.of("s2-medan-fuel-riot", "s4-quetta-bombing");
    static final int ARTICLES = 10;

    private StoryCorpus() {}

    static void write(Path file) {
        try {
            StringBuilder jsonl = new StringBuilder();
            int written = 0;
            for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
                JsonNode gold = DocumentJson.mapper().readTree(line);
                if (!SITUATIONS.contains(gold.path("story").asText())) {
                    continue;
                }
                ObjectNode article = DocumentJson.mapper().createObjectNode();
                for (String field : List.of("url", "title", "publisher", "published", "text")) {
                    article.put(field, gold.path(field).asText());
                }
                jsonl.append(article).append('\n');
                written++;
            }
            if (written != ARTICLES) {
                throw new IllegalStateException(GOLD + " has " + written + " articles of " + SITUATIONS
                        + ", expected " + ARTICLES);
            }
            Files.writeString(file, jsonl.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the story corpus from " + GOLD, e);
        }
    }
}
