package org.eventbase.ingest;

import java.util.List;
import java.util.function.UnaryOperator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;

/**
 * Turns one JSON object, a JSON Lines record or a whole {@code .json} file, into an article. Fields: {@code text} or {@code html} (the content; {@code text}
 * wins when both are present, as the producer already extracted it), {@code title}, {@code url},
 * {@code publisher}, {@code syndicator}, {@code byline} (alias {@code author}), {@code published} (aliases
 * {@code date}, {@code published_at}, normalised by {@link PublicationDates}). Other fields are ignored.
 * Example: {@code {"url": "https://example.org/a", "text": "Crowds gathered..."}} gives a TEXT article.
 */
final class JsonArticle {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Longest title, URL, byline or other metadata field: far beyond a real one, small enough to index. */
    static final int MAX_METADATA_CHARS = 10_000;

    private JsonArticle() {
    }

    /**
     * @param input   the record's name: {@code path:LINE} for a line, the path for a whole file
     * @param problem turns a short reason into the problem reported, naming the line where there is one
     */
    static ReadResult parse(String input, String json, UnaryOperator<String> problem) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                return malformed(input, problem, "expected an object, found " + kind(node));
            }
            return article(input, problem, node);
        } catch (JsonProcessingException e) {
            return malformed(input, problem, e.getOriginalMessage());
        } catch (WrongFieldType e) {
            return malformed(input, problem, e.getMessage());
        }
    }

    private static ReadResult article(String input, UnaryOperator<String> problem, JsonNode node) {
        String text = field(node, "text");
        String html = field(node, "html");
        ContentFormat format;
        String content;
        if (text != null && !text.isBlank()) {
            format = ContentFormat.TEXT;
            content = text;
        } else if (html != null && !html.isBlank()) {
            format = ContentFormat.HTML;
            content = html;
        } else if (text != null || html != null) {
            return malformed(input, problem, "the \"text\" or \"html\" field is empty");
        } else {
            return malformed(input, problem, "neither a \"text\" nor an \"html\" field");
        }
        for (String name : List.of("title", "url", "publisher", "syndicator", "byline", "author", "published", "date",
                "published_at")) {
            String value = field(node, name);
            if (value != null && value.length() > MAX_METADATA_CHARS) {
                return new ReadResult.Failed(input,
                        ReadProblems.metadataTooLong(name, value.length(), MAX_METADATA_CHARS));
            }
        }
        ArticleMetadata metadata = new ArticleMetadata(
                field(node, "title"),
                field(node, "url"),
                field(node, "publisher"),
                field(node, "syndicator"),
                firstField(node, List.of("byline", "author")),
                published(node));
        return new ReadResult.Ok(new RawArticle(input, format, content, metadata));
    }

    private static String published(JsonNode node) {
        String raw = firstField(node, List.of("published", "date", "published_at"));
        return PublicationDates.normalise(raw).orElse(null);
    }

    private static String firstField(JsonNode node, List<String> names) {
        for (String name : names) {
            String value = field(node, name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** A string field's value; null when absent or JSON null; {@link WrongFieldType} for any other type. */
    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new WrongFieldType("field \"" + name + "\" must be a string, found " + kind(value));
        }
        return value.textValue();
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static ReadResult malformed(String input, UnaryOperator<String> problem, String reason) {
        return new ReadResult.Failed(input, problem.apply(reason));
    }

    private static final class WrongFieldType extends RuntimeException {
        WrongFieldType(String message) {
            super(message, null, false, false);
        }
    }
}
