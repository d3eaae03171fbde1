package org.eventbase.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.Token;

/**
 * Finds province and district names the recogniser left untagged, from the division noun after them:
 * "Chad's Wadi Fira province", "in Tana district", "the Kisii county". The proper nouns right before the
 * lower-case noun, after an article, a possessive or a preposition, become a province (kind GPE).
 * Example: in "the governor of Kenya's Tana province" the untagged "Tana" is a STATE_OR_PROVINCE mention.
 */
final class DivisionNameFinder {
    private static final Set<String> DIVISIONS = Set.of("province", "district", "county", "prefecture");
    private static final Set<String> BEFORE = Set.of("the", "of", "in", "from", "'s", "’s");
    private static final int MAX_WORDS = 3;

    private DivisionNameFinder() {}

    static List<NameMention> find(NlpAnnotation nlp, String text, List<NameMention> mentions) {
        List<NameMention> out = new ArrayList<>(mentions);
        for (Sentence sentence : nlp.sentences()) {
            List<Token> t = sentence.tokens();
            for (int noun = 1; noun < t.size(); noun++) {
                if (!DIVISIONS.contains(t.get(noun).text())) {
                    continue;
                }
                int start = noun;
                while (start > 0 && noun - start < MAX_WORDS && isUntaggedProperNoun(t.get(start - 1))) {
                    start--;
                }
                int from = start;
                int to = noun;
                boolean free = out.stream().noneMatch(m -> m.sentence() == sentence.index()
                        && m.tokenStart() < to && from < m.tokenEnd());
                if (from < to && from > 0 && BEFORE.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT)) && free) {
                    String surface = text.substring(t.get(from).start(), t.get(to - 1).end());
                    out.add(new NameMention(sentence.index(), from, to, t.get(from).start(), t.get(to - 1).end(),
                            surface, "STATE_OR_PROVINCE", EntityKind.GPE, NameKeys.of(surface)));
                }
            }
        }
        out.sort(Comparator.comparingInt(NameMention::start).thenComparingInt(NameMention::end));
        return out;
    }

    private static boolean isUntaggedProperNoun(Token token) {
        return "NNP".equals(token.pos()) && "O".equals(token.ner()) && !token.text().isEmpty()
                && Character.isUpperCase(token.text().charAt(0));
    }
}
