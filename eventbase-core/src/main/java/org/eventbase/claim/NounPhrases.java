package org.eventbase.claim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventbase.model.Token;

/**
 * Finds simple noun phrases by part-of-speech tags, without a parse: determiners, adjectives, nouns, possessives and
 * names ("the Kenya Human Rights Monitor", "Chilean media outlets", "Kenya's interior secretary").
 * Example: in "according to the interior ministry, 8 died", {@code after(tokens, 2)} covers "the interior ministry".
 */
public final class NounPhrases {
    private static final Set<String> INSIDE = Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "POS", "CD", "HYPH", "VBN", "VBG");
    private static final Set<String> NOUN = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");

    private NounPhrases() {}

    /** The noun phrase starting at {@code from} as {@code [first, last]} token indices, or null. */
    public static int[] after(List<Token> tokens, int from) {
        int i = from;
        int lastNoun = -1;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.pos().equals("PRP") && i == from) {
                return new int[] {i, i};
            }
            boolean joins = INSIDE.contains(t.pos()) || isAnd(tokens, i, lastNoun) || isOf(tokens, i, lastNoun);
            if (!joins || (t.pos().startsWith("VB") && lastNoun >= 0)) {
                break;
            }
            if (NOUN.contains(t.pos())) {
                lastNoun = i;
            }
            i++;
        }
        return lastNoun < 0 ? null : new int[] {from, lastNoun};
    }

    /** The noun phrase ending at {@code last} (a noun or pronoun), as {@code [first, last]}, or null. */
    public static int[] endingAt(List<Token> tokens, int last) {
        if (last < 0 || last >= tokens.size() || !NOUN.contains(tokens.get(last).pos())) {
            return null;
        }
        if (tokens.get(last).pos().equals("PRP")) {
            return new int[] {last, last};
        }
        int first = last;
        while (first - 1 >= 0 && (INSIDE.contains(tokens.get(first - 1).pos()) && !tokens.get(first - 1).pos()
                .startsWith("VB") || Set.of("and", "in", "of", "for").contains(lower(tokens, first - 1))
                && first - 2 >= 0 && NOUN.contains(tokens.get(first - 2).pos())
                && !tokens.get(first - 2).pos().equals("PRP"))) {
            first--;
        }
        return new int[] {first, last};
    }

    private static boolean isAnd(List<Token> tokens, int i, int lastNoun) {
        return lastNoun == i - 1 && lower(tokens, i).equals("and") && i + 1 < tokens.size()
                && INSIDE.contains(tokens.get(i + 1).pos()) && !tokens.get(i + 1).pos().startsWith("VB");
    }

    private static boolean isOf(List<Token> tokens, int i, int lastNoun) {
        return lastNoun == i - 1 && lower(tokens, i).equals("of") && i + 1 < tokens.size()
                && Set.of("NNP", "NNPS", "DT").contains(tokens.get(i + 1).pos());
    }

    private static String lower(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}
