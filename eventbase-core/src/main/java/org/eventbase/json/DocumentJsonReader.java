package org.eventbase.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.Article;
import org.eventbase.model.Count;
import org.eventbase.model.CountLayer;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Event;
import org.eventbase.model.EventLayer;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.Quote;
import org.eventbase.model.QuoteLayer;
import org.eventbase.model.Sentence;
import org.eventbase.model.TimeLayer;
import org.eventbase.model.TimeRef;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;

/**
 * Reads {@link DocumentJson}'s output back into a {@link Document}: the article, every layer it holds and the
 * provenance of each, in the original order. The JSON has no NLP tokens, so the NLP layer comes back as sentence
 * boundaries only, and only when they are given (see {@link #sentencesJson}). Used to load documents that were
 * extracted elsewhere (e.g. by the Spark job) into the store without extracting them again.
 * Example: {@code DocumentJsonReader.read(DocumentJson.compact(doc), DocumentJsonReader.sentencesJson(doc))}.
 */
public final class DocumentJsonReader {
    private static final ObjectMapper READER = DocumentJson.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DocumentJsonReader() {}

    /** The sentence boundaries of {@code doc}'s NLP layer as a JSON array of {index, start, end}; "[]" without it. */
    public static String sentencesJson(Document doc) {
        List<SentenceBounds> bounds = new ArrayList<>();
        doc.find(Layers.NLP).ifPresent(nlp -> nlp.sentences()
                .forEach(s -> bounds.add(new SentenceBounds(s.index(), s.start(), s.end()))));
        try {
            return READER.writeValueAsString(bounds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write sentence bounds of " + doc.article().id(), e);
        }
    }

    /**
     * The document that {@code documentJson} describes, with an NLP layer of {@code sentencesJson}'s sentences
     * (no tokens) when that is not null.
     *
     * @throws IllegalArgumentException when the JSON is not an {@code eventbase.article/1} document
     */
    public static Document read(String documentJson, String sentencesJson) {
        try {
            JsonNode root = READER.readTree(documentJson);
            if (!DocumentJson.SCHEMA.equals(root.path("schema").asText())) {
                throw new IllegalArgumentException("not an " + DocumentJson.SCHEMA + " document: schema is '"
                        + root.path("schema").asText() + "'");
            }
            Document doc = Document.of(READER.treeToValue(root.get("article"), Article.class));
            for (JsonNode stage : root.path("pipeline").path("stages")) {
                Provenance p = READER.treeToValue(stage, Provenance.class);
                doc = switch (p.layer()) {
                    case "nlp" -> sentencesJson == null ? doc
                            : doc.with(Layers.NLP, new NlpAnnotation(sentences(sentencesJson), List.of()), p);
                    case "entities" -> doc.with(Layers.ENTITIES, new EntityLayer(list(root, "entities", Entity.class)), p);
                    case "times" -> doc.with(Layers.TIMES, new TimeLayer(list(root, "times", TimeRef.class)), p);
                    case "quotes" -> doc.with(Layers.QUOTES, new QuoteLayer(list(root, "quotes", Quote.class)), p);
                    case "places" -> doc.with(Layers.PLACES, new PlaceLayer(list(root, "places", Place.class)), p);
                    case "counts" -> doc.with(Layers.COUNTS, new CountLayer(list(root, "counts", Count.class)), p);
                    case "events" -> doc.with(Layers.EVENTS, new EventLayer(list(root, "events", Event.class)), p);
                    default -> doc;
                };
            }
            return doc;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed document JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<Sentence> sentences(String json) throws JsonProcessingException {
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : READER.readTree(json)) {
            sentences.add(new Sentence(s.path("index").asInt(), s.path("start").asInt(), s.path("end").asInt(),
                    List.of()));
        }
        return sentences;
    }

    private static <T> List<T> list(JsonNode root, String field, Class<T> type) throws JsonProcessingException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        CollectionType listType = READER.getTypeFactory().constructCollectionType(List.class, type);
        return READER.treeToValue(node, listType);
    }

    private record SentenceBounds(int index, int start, int end) {}
}
