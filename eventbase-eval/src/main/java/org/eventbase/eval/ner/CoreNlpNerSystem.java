package org.eventbase.eval.ner;

import java.util.List;
import java.util.Optional;
import org.eventbase.model.NerMention;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * CoreNLP's raw named-entity mentions from the NLP layer, before Eventbase merges them into entities. CoreNLP's
 * mention builder also adds pronouns ("he", "his") as PERSON mentions although no token of theirs is tagged; those
 * are not named entities and are left out. Example: a mention "Japan" typed COUNTRY becomes LOC; one typed TITLE is
 * left out.
 */
public final class CoreNlpNerSystem implements NerSystem {
    @Override
    public String name() {
        return "corenlp-ner";
    }

    @Override
    public List<PredictedEntity> entities(Document document) {
        NlpAnnotation nlp = document.layer(Layers.NLP);
        return nlp.mentions().stream()
                .filter(m -> hasTaggedToken(nlp, m))
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

    private static boolean hasTaggedToken(NlpAnnotation nlp, NerMention mention) {
        return nlp.sentences().get(mention.sentence()).tokens()
                .subList(mention.tokenStart(), mention.tokenEnd()).stream()
                .anyMatch(t -> !"O".equals(t.ner()));
    }
}
