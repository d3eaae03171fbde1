package org.eventbase.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventbase.model.Article;

/**
 * An article with the layers stages have added so far. Immutable: {@link #with} returns a new document.
 * Example: {@code doc.with(Layers.ENTITIES, entities, provenance).layer(Layers.ENTITIES)}.
 */
public final class Document {
    private final Article article;
    private final Map<String, Object> layers;
    private final List<Provenance> provenance;

    private Document(Article article, Map<String, Object> layers, List<Provenance> provenance) {
        this.article = article;
        this.layers = layers;
        this.provenance = provenance;
    }

    public static Document of(Article article) {
        return new Document(article, Map.of(), List.of());
    }

    public Article article() {
        return article;
    }

    /** The layer, or an exception naming it when no stage has added it. */
    public <T> T layer(LayerKey<T> key) {
        Object value = layers.get(key.name());
        if (value == null) {
            throw new IllegalStateException("layer '" + key + "' has not been added; add a stage that provides it");
        }
        return key.cast(value);
    }

    public <T> Optional<T> find(LayerKey<T> key) {
        return Optional.ofNullable(layers.get(key.name())).map(key::cast);
    }

    public boolean has(LayerKey<?> key) {
        return layers.containsKey(key.name());
    }

    public Document with(LayerKey<?> key, Object value, Provenance madeBy) {
        key.cast(value);
        Map<String, Object> next = new LinkedHashMap<>(layers);
        next.put(key.name(), value);
        List<Provenance> nextProvenance = new ArrayList<>(provenance);
        nextProvenance.add(madeBy);
        return new Document(article, Collections.unmodifiableMap(next), List.copyOf(nextProvenance));
    }

    public Document withArticle(Article replacement) {
        return new Document(replacement, layers, provenance);
    }

    public List<Provenance> provenance() {
        return provenance;
    }
}
