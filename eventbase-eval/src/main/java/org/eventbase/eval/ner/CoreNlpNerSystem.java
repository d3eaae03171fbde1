package org.eventbase.eval.ner;

import java.util.List;
import java.util.Optional;
import org.eventbase.model.NerMention;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * CoreNLP's raw named-entity mentions from the NLP layer, before Eventbase merges them into entities.
 * Example: a mention "Japan" typed COUNTRY becomes LOC; one typed TITLE is left out.
 */
public final class CoreNlpNerSystem implements NerSystem {
    @Override
    public String name() {
        return "corenlp-ner";
    }

    @Override
    public List<PredictedEntity> entities(Document document) {
        return document.layer(Layers.NLP).mentions().stream()
                .flatMap(m -> conllType(m).map(type -> new PredictedEntity(m.start(), m.end(), type)).stream())
                .toList();
    }

    /** PERSON → PER, ORGANIZATION → ORG, places → LOC, groups and MISC → MISC; other types have none. */
    static Optional<String> conllType(NerMention mention) {
        return Optional.ofNullable(switch (mention.type()) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOC";
            case "NATIONALITY", "RELIGION", "IDEOLOGY", "MISC" -> "MISC";
            default -> null;
        });
    }
}
