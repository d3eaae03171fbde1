package org.eventbase.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One CoNLL-2003 document: its sentences, each a list of tagged tokens.
 * Example: {@code new ConllDocument("eng.testb:1", List.of(List.of(new ConllToken("Japan", "I-LOC"))))}.
 *
 * @param input where the document starts, as {@code file:line}, for messages
 */
public record ConllDocument(String input, List<List<ConllToken>> sentences) {
    public ConllDocument {
        List<List<ConllToken>> copy = new ArrayList<>();
        sentences.forEach(s -> copy.add(List.copyOf(s)));
        sentences = List.copyOf(copy);
    }

    /** The gold entities, sentence by sentence, read from the IOB1 tags. */
    public List<EntitySpan> goldSpans() {
        List<EntitySpan> spans = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            spans.addAll(IobSpans.of(s, sentences.get(s).stream().map(ConllToken::tag).toList()));
        }
        return spans;
    }
}
