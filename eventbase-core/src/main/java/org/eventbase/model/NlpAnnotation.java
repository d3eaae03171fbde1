package org.eventbase.model;

import java.util.List;

/**
 * The NLP layer: sentences with tagged tokens and the recogniser's raw entity mentions.
 * Later stages read this, never CoreNLP's own objects.
 */
public record NlpAnnotation(List<Sentence> sentences, List<NerMention> mentions) {
    public NlpAnnotation {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }
}
