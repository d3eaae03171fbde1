package org.eventbase.eval.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventbase.model.Span;

/**
 * Whether a predicted speaker is the gold one. With gold source spans (PolNeAR): the predicted speaker's words or
 * any mention of the predicted speaker entity overlaps a gold source span. With a gold name: one of the
 * predicted names (entity name, aliases, the words used) equals the gold name or is a run of its words, or the
 * other way round, ignoring case and a leading article. A gold quote with no speaker is right when none is
 * predicted. Example: gold "Ana Berg" and predicted entity "Ana Berg" (alias "Berg") agree; so do gold
 * "the interior ministry" and predicted "interior ministry".
 */
final class SpeakerMatch {
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private SpeakerMatch() {}

    static boolean agrees(GoldQuote gold, PredictedQuote predicted) {
        if (!gold.hasSpeaker()) {
            return !predicted.hasSpeaker();
        }
        if (!gold.speakerSpans().isEmpty()) {
            for (Span g : gold.speakerSpans()) {
                for (Span p : predicted.speakerSpans()) {
                    if (g.start() < p.end() && p.start() < g.end()) {
                        return true;
                    }
                }
            }
            return false;
        }
        List<String> goldWords = words(gold.speaker());
        for (String name : predicted.speakerNames()) {
            List<String> predictedWords = words(name);
            if (!predictedWords.isEmpty()
                    && (contains(goldWords, predictedWords) || contains(predictedWords, goldWords))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        List<String> words = Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
        return !words.isEmpty() && ARTICLES.contains(words.get(0)) ? words.subList(1, words.size()) : words;
    }

    private static boolean contains(List<String> outer, List<String> inner) {
        return !inner.isEmpty() && java.util.Collections.indexOfSubList(outer, inner) >= 0;
    }
}
