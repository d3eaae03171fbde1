package org.eventbase.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eventbase.model.CountKind;
import org.eventbase.model.Token;

/**
 * Decides what each quantity of a sentence counts, from the words around it, and who is counted: the governing
 * verb after the counted people ("317 officers were injured", "14 dead", "eight killed"), a verb before them
 * ("killing at least 16 people"), a death toll ("put the toll at 14"), a noun naming them ("38 deaths",
 * "20,000 refugees", "200 protesters") or a figure restating the sentence's previous count ("a figure organisers
 * put at 15,000"). Quantities with none of these are not counts. Example: "at least 19 people died" gives
 * {@code KILLED}, victims "people".
 */
final class CountFinder {
    /** One count found in a sentence, by token index. */
    record Found(NumberPhrase number, CountKind kind, int victimsFirst, int victimsEnd) {}

    private static final Set<String> NP_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS",
            "HYPH", "PRP$", "VBN", "VBG");
    private static final Set<String> SKIPPED_BETWEEN = Set.of("reportedly", "allegedly", "also", "still", "later",
            "all", "since", "now", "subsequently", "either", "both", "each", "already", "officially", "then",
            "being", "been", "be", "was", "were", "is", "are", "had", "have", "has", "got", "get", "n't",
            "not");
    private static final Set<String> TOLL_LINKS = Set.of("at", "to", "of", "reached", "rose", "climbed", "stood",
            "is", "was", "hit", "stands", "reaches", "rises", "risen", "jumped", ":");

    private final NumberPhraseParser parser = new NumberPhraseParser();

    List<Found> find(List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        for (NumberPhrase number : parser.parse(tokens)) {
            Found count = classify(tokens, number, found);
            if (count != null) {
                found.add(count);
            }
        }
        return found;
    }

    private Found classify(List<Token> tokens, NumberPhrase n, List<Found> earlier) {
        int victimsEnd = victimsEnd(tokens, n.end());
        if (isTollFigure(tokens, n)) {
            return new Found(n, CountKind.KILLED, n.end(), n.end());
        }
        if (n.first() > 0) {
            Token before = tokens.get(n.first() - 1);
            Optional<CountKind> kind = CountKindWords.before(before);
            if (kind.isPresent() && (victimsEnd > n.end() || before.pos().equals("VBG"))) {
                return new Found(n, kind.get(), n.end(), victimsEnd);
            }
        }
        Optional<CountKind> after = afterVictims(tokens, victimsEnd);
        if (after.isPresent()) {
            return new Found(n, after.get(), n.end(), victimsEnd);
        }
        for (int i = victimsEnd - 1; i >= n.end(); i--) {
            Optional<CountKind> noun = CountKindWords.noun(tokens.get(i));
            if (noun.isPresent()) {
                return new Found(n, noun.get(), n.end(), victimsEnd);
            }
        }
        if (lower(tokens, n.first() - 1).equals("at") && restatesFigure(tokens, n.first())) {
            CountKind restated = earlier.isEmpty() ? kindNamedBefore(tokens, n.first()) : earlier.get(earlier.size() - 1).kind();
            return restated == null ? null : new Found(n, restated, n.end(), n.end());
        }
        if (!earlier.isEmpty() && (lower(tokens, n.first() - 1).equals("including")
                || lower(tokens, n.first() - 1).equals("among"))) {
            return new Found(n, earlier.get(earlier.size() - 1).kind(), n.end(), victimsEnd);
        }
        return null;
    }

    /** Index after the counted people's noun phrase ("police officers and soldiers", "of the wounded"). */
    private static int victimsEnd(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String w = lower(tokens, i);
            boolean kindWord = CountKindWords.after(t).isPresent() && !lower(tokens, i - 1).equals("the")
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NN"));
            if (kindWord && i > from || kindWord && !t.pos().startsWith("NN")) {
                break;
            }
            if (t.pos().equals("CD") && (lower(tokens, i + 1).equals("-") || lower(tokens, i + 1).startsWith("-year")
                    || lower(tokens, i + 1).startsWith("year")) || w.equals("-") || w.contains("year")) {
                // "a 27-year-old man"
                i++;
                continue;
            }
            boolean nominal = t.pos().startsWith("VB") && Set.of("the", "of").contains(lower(tokens, i - 1));
            boolean joins = NP_TAGS.contains(t.pos()) && (!t.pos().startsWith("VB") || i == from || nominal)
                    || (w.equals("of") || w.equals("and")) && i + 1 < tokens.size()
                    && (NP_TAGS.contains(tokens.get(i + 1).pos()) || w.equals("of")
                    && Set.of("them", "us", "whom").contains(lower(tokens, i + 1)))
                    || Set.of("them", "us").contains(w) && lower(tokens, i - 1).equals("of");
            if (!joins) {
                break;
            }
            i++;
        }
        return i;
    }

    /** The kind given by the words after the counted people, past auxiliaries and adverbs. */
    private static Optional<CountKind> afterVictims(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && (SKIPPED_BETWEEN.contains(lower(tokens, i)) || tokens.get(i).pos().equals("RB")
                || tokens.get(i).pos().equals("MD"))) {
            i++;
        }
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        if (lower(tokens, i).equals("in") && Set.of("critical", "serious", "stable", "hospital")
                .contains(lower(tokens, i + 1))) {
            return Optional.of(CountKind.INJURED);
        }
        Token t = tokens.get(i);
        Optional<CountKind> kind = CountKindWords.after(t);
        if (kind.isEmpty() || !(t.pos().startsWith("VB") || t.pos().startsWith("JJ"))) {
            return Optional.empty();
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String next = lower(tokens, i + 1);
        String after = next + " " + lower(tokens, i + 2);
        return switch (lemma) {
            case "remain" -> after.startsWith("in hospital") || after.startsWith("in critical")
                    || after.startsWith("in serious") ? Optional.of(CountKind.INJURED)
                    : after.startsWith("in prison") || after.startsWith("in custody")
                    || after.startsWith("in detention") ? Optional.of(CountKind.ARRESTED)
                    : next.equals("missing") ? Optional.of(CountKind.MISSING) : Optional.empty();
            case "force" -> Set.of("from", "out", "to").contains(next) ? Optional.of(CountKind.DISPLACED)
                    : Optional.empty();
            case "take" -> after.startsWith("in for") || after.startsWith("into custody")
                    ? Optional.of(CountKind.ARRESTED)
                    : after.startsWith("to the") ? Optional.of(CountKind.PARTICIPANTS) : Optional.empty();
            case "walk" -> next.equals("out") ? kind : Optional.empty();
            case "shoot" -> next.equals("dead") ? kind : Optional.empty();
            default -> kind;
        };
    }

    /** "the death toll rose to 14", "put the toll at 14", "taking its toll to 14". */
    private static boolean isTollFigure(List<Token> tokens, NumberPhrase n) {
        if (!TOLL_LINKS.contains(lower(tokens, n.first() - 1))) {
            return false;
        }
        for (int i = n.first() - 1; i >= Math.max(0, n.first() - 8); i--) {
            if (lower(tokens, i).equals("toll")) {
                return true;
            }
        }
        return false;
    }

    /** "…, a figure organisers put at 15,000": a number restating the previous count of the sentence. */
    private static boolean restatesFigure(List<Token> tokens, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 8); i--) {
            String w = lower(tokens, i);
            if (Set.of("figure", "number", "estimate", "put", "estimated", "puts", "estimates", "counted")
                    .contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "The crowd, which organisers put at 15,000": the kind a noun before a restated figure names. */
    private static CountKind kindNamedBefore(List<Token> tokens, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 10); i--) {
            String w = lower(tokens, i);
            if (Set.of("crowd", "crowds", "turnout", "rally", "march", "protest", "demonstration").contains(w)) {
                return CountKind.PARTICIPANTS;
            }
            if (w.equals("toll")) {
                return CountKind.KILLED;
            }
        }
        return null;
    }

    static String lower(List<Token> tokens, int i) {
        return NumberPhraseParser.lower(tokens, i);
    }
}
