package org.eventbase.pipeline;

import org.eventbase.model.CountLayer;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.EventLayer;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.QuoteLayer;
import org.eventbase.model.TimeLayer;

/** The layers stages add to a document, by name. Example: {@code document.find(Layers.PLACES)}. */
public final class Layers {
    public static final LayerKey<NlpAnnotation> NLP = new LayerKey<>("nlp", NlpAnnotation.class);
    public static final LayerKey<EntityLayer> ENTITIES = new LayerKey<>("entities", EntityLayer.class);
    public static final LayerKey<QuoteLayer> QUOTES = new LayerKey<>("quotes", QuoteLayer.class);
    public static final LayerKey<TimeLayer> TIMES = new LayerKey<>("times", TimeLayer.class);
    public static final LayerKey<PlaceLayer> PLACES = new LayerKey<>("places", PlaceLayer.class);
    public static final LayerKey<CountLayer> COUNTS = new LayerKey<>("counts", CountLayer.class);
    public static final LayerKey<EventLayer> EVENTS = new LayerKey<>("events", EventLayer.class);

    private Layers() {}
}
