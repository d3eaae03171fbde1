package org.eventbase.pipeline;

import org.eventbase.model.EntityLayer;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.QuoteLayer;
import org.eventbase.model.TimeLayer;

/** The layers stages add to a document, by name. Later stages (places, counts, events) add theirs here. */
public final class Layers {
    public static final LayerKey<NlpAnnotation> NLP = new LayerKey<>("nlp", NlpAnnotation.class);
    public static final LayerKey<EntityLayer> ENTITIES = new LayerKey<>("entities", EntityLayer.class);
    public static final LayerKey<QuoteLayer> QUOTES = new LayerKey<>("quotes", QuoteLayer.class);
    public static final LayerKey<TimeLayer> TIMES = new LayerKey<>("times", TimeLayer.class);

    private Layers() {}
}
