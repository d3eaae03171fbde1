package org.eventbase.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The article facts in a page's JSON-LD ({@code <script type="application/ld+json">}): the first node typed as
 * a news article or blog post, found in top-level objects, arrays or {@code @graph}, with {@code @id} references
 * to publisher and author nodes resolved. Example: {@code {"@type":"NewsArticle","headline":"Port closes",
 * "author":{"@type":"Person","name":"Ann Lee"},"publisher":{"name":"The Daily Example"}}} gives headline
 * "Port closes", author "Ann Lee", publisher "The Daily Example".
 */
record JsonLdArticle(String headline, String author, String publisherName, String publisherUrl,
                     String datePublished, String url) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle");

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null, null);

    /** The first article node among the given JSON-LD script bodies; {@link #NONE} when there is none. */
    static JsonLdArticle from(List<String> scripts) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String script : scripts) {
            try {
                collect(JSON.readTree(script.strip()), nodes);
            } catch (JsonProcessingException malformed) {
                // pages often carry broken JSON-LD; other sources of metadata remain
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            if (node.hasNonNull("@id")) {
                byId.putIfAbsent(node.get("@id").asText(), node);
            }
        }
        for (JsonNode node : nodes) {
            if (isArticle(node)) {
                JsonNode publisher = resolve(node.get("publisher"), byId);
                return new JsonLdArticle(
                        text(node.get("headline")),
                        names(node.get("author"), byId),
                        publisher == null ? null : text(publisher.get("name")),
                        publisher == null ? null : text(publisher.get("url")),
                        text(node.get("datePublished")),
                        text(node.get("url")));
            }
        }
        return NONE;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : resolve(node.get(0), byId);
        }
        if (node.isObject() && !node.has("name") && node.hasNonNull("@id")) {
            return byId.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    private static String names(JsonNode author, Map<String, JsonNode> byId) {
        if (author == null || author.isNull()) {
            return null;
        }
        List<JsonNode> people = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(people::add);
        } else {
            people.add(author);
        }
        String joined = people.stream()
                .map(person -> person.isTextual() ? person.asText() : text(resolve(person, byId).get("name")))
                .filter(name -> name != null && !name.isBlank())
                .collect(Collectors.joining(", "));
        return joined.isBlank() ? null : joined;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        String value = node.isTextual() ? node.asText().strip() : node.isValueNode() ? node.asText() : null;
        return value == null || value.isEmpty() ? null : value;
    }
}
