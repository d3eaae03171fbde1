package org.eventbase.eval.ner;

import java.util.List;
import org.eventbase.pipeline.Document;

/**
 * One way of reading CoNLL entities out of a processed document, so that several can be scored side by side on
 * the same run. Example: {@code new CoreNlpNerSystem().entities(doc)} gives CoreNLP's mentions as PER/LOC/ORG/MISC.
 */
public interface NerSystem {
    /** Short name in tables and JSON, e.g. {@code corenlp-ner}. */
    String name();

    /** The entities this system found in {@code document}'s text, mapped to CoNLL types; unmappable ones left out. */
    List<PredictedEntity> entities(Document document);
}
