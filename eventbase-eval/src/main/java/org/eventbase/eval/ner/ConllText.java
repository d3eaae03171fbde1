package org.eventbase.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventbase.model.Span;

/**
 * A CoNLL document laid out as plain text for the pipeline, tokens joined by single spaces and sentences by a blank
 * line (the NLP stage always ends a sentence there), with each token's offsets so predictions map back to tokens.
 * Example: sentences [Japan, won] and [Rain] give {@code "Japan won\n\nRain"}; characters 0..5 are token 0 of
 * sentence 0.
 */
public record ConllText(String text, List<List<Span>> tokenSpans) {
    static final String SENTENCE_BREAK = "\n\n";

    public ConllText {
        List<List<Span>> copy = new ArrayList<>();
        tokenSpans.forEach(s -> copy.add(List.copyOf(s)));
        tokenSpans = List.copyOf(copy);
    }

    public static ConllText of(ConllDocument document) {
        StringBuilder text = new StringBuilder();
        List<List<Span>> spans = new ArrayList<>();
        for (List<ConllToken> sentence : document.sentences()) {
            if (text.length() > 0) {
                text.append(SENTENCE_BREAK);
            }
            List<Span> offsets = new ArrayList<>();
            for (int i = 0; i < sentence.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(sentence.get(i).text());
                offsets.add(new Span(start, text.length()));
            }
            spans.add(offsets);
        }
        return new ConllText(text.toString(), spans);
    }

    /**
     * The tokens a predicted entity covers: every token it overlaps, within the sentence of its first one (a span
     * running over a sentence break is cut there). Empty when it covers no token.
     */
    public Optional<EntitySpan> toTokens(PredictedEntity entity) {
        Span chars = new Span(entity.start(), entity.end());
        for (int s = 0; s < tokenSpans.size(); s++) {
            List<Span> tokens = tokenSpans.get(s);
            int first = -1;
            int end = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).overlaps(chars)) {
                    if (first < 0) {
                        first = i;
                    }
                    end = i + 1;
                }
            }
            if (first >= 0) {
                return Optional.of(new EntitySpan(s, first, end, entity.type()));
            }
        }
        return Optional.empty();
    }
}
