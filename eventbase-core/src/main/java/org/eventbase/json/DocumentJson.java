package org.eventbase.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.EventbaseVersion;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;

/**
 * Writes a {@link Document} as the public JSON contract documented in {@code docs/schema.md}: the article, each
 * layer that has a public form, and the versions that made them. Same document → byte-identical JSON.
 * Example: {@code DocumentJson.pretty(doc)}.
 */
public final class DocumentJson {
    /** Version of the JSON contract; bump on incompatible changes. */
    public static final String SCHEMA = "eventbase.article/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private DocumentJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toTree(Document document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode pipeline = root.putObject("pipeline");
        EventbaseVersion version = EventbaseVersion.current();
        pipeline.put("eventbase", version.eventbase());
        pipeline.put("corenlp", version.corenlp());
        ArrayNode stages = pipeline.putArray("stages");
        for (Provenance p : document.provenance()) {
            stages.add(MAPPER.valueToTree(p));
        }
        root.set("article", MAPPER.valueToTree(document.article()));
        document.find(Layers.ENTITIES).ifPresent(layer -> root.set("entities", MAPPER.valueToTree(layer.entities())));
        document.find(Layers.TIMES).ifPresent(layer -> root.set("times", MAPPER.valueToTree(layer.times())));
        document.find(Layers.QUOTES).ifPresent(layer -> root.set("quotes", MAPPER.valueToTree(layer.quotes())));
        document.find(Layers.PLACES).ifPresent(layer -> root.set("places", MAPPER.valueToTree(layer.places())));
        document.find(Layers.COUNTS).ifPresent(layer -> root.set("counts", MAPPER.valueToTree(layer.counts())));
        document.find(Layers.EVENTS).ifPresent(layer -> root.set("events", MAPPER.valueToTree(layer.events())));
        return root;
    }

    public static String pretty(Document document) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write document " + document.article().id() + " as JSON", e);
        }
    }

    public static String compact(Document document) {
        try {
            return MAPPER.writeValueAsString(toTree(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write document " + document.article().id() + " as JSON", e);
        }
    }
}
