package org.eventbase.eval.ner;

import java.util.List;
import org.eventbase.model.EntityKind;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * Every mention of every entity in Eventbase's entity layer, typed by its entity's kind.
 * Example: both mentions of an entity of kind GPE ("Norway", "Norway's") become LOC spans.
 */
public final class EntityLayerNerSystem implements NerSystem {
    @Override
    public String name() {
        return "eventbase-entities";
    }

    @Override
    public List<PredictedEntity> entities(Document document) {
        return document.layer(Layers.ENTITIES).entities().stream()
                .flatMap(e -> e.mentions().stream().map(m -> new PredictedEntity(m.start(), m.end(), conllType(e.kind()))))
                .toList();
    }

    static String conllType(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case GPE, LOCATION -> "LOC";
            case NORP, MISC -> "MISC";
        };
    }
}
