package org.eventbase.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventbase.model.EntityKind;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Token;

/**
 * Corrects the kind of a name that the words around it show to be a governed place, whatever the recogniser
 * tagged it: "the town of X", "the districts of X and Y", "the Ethiopian capital, X" make X a city; "X district",
 * "X province" make X a province (not "Soviet states", an adjective before a plural), but "the X district" is
 * a quarter of a city and stays a location. Only names tagged as a mere location, a person or a misc name are
 * re-tagged.
 * Example: in "gunmen attacked the town of Birni" the mention "Birni" tagged PERSON becomes a CITY, kind GPE.
 */
final class PlaceNounContext {
    private static final Set<String> SETTLEMENTS = Set.of("town", "towns", "city", "cities", "village", "villages");
    private static final Set<String> DIVISIONS = Set.of("district", "districts", "province", "provinces",
            "county", "counties", "state", "states", "prefecture", "municipality");
    private static final Set<String> DIVISION = Set.of("district", "province", "county", "state", "prefecture",
            "municipality");

    private PlaceNounContext() {}

    static List<NameMention> retag(List<NameMention> mentions, NlpAnnotation nlp) {
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : mentions) {
            String tag = m.kind() == EntityKind.LOCATION || m.kind() == EntityKind.PERSON
                    || m.kind() == EntityKind.MISC ? placeTag(m, mentions, nlp.sentences().get(m.sentence()).tokens())
                    : null;
            out.add(tag == null ? m : new NameMention(m.sentence(), m.tokenStart(), m.tokenEnd(), m.start(), m.end(),
                    m.text(), tag, EntityKind.GPE, m.key()));
        }
        return out;
    }

    /** CITY or STATE_OR_PROVINCE when the words around the mention say so, else null. */
    private static String placeTag(NameMention m, List<NameMention> mentions, List<Token> tokens) {
        int listStart = listStart(m, mentions, tokens);
        if (is(tokens, listStart - 1, "of") && is(tokens, listStart - 2, SETTLEMENTS)) {
            return "CITY";
        }
        if (is(tokens, listStart - 1, "of") && is(tokens, listStart - 2, DIVISIONS)) {
            return "STATE_OR_PROVINCE";
        }
        if (is(tokens, m.tokenStart() - 1, ",") && is(tokens, m.tokenStart() - 2, Set.of("capital"))) {
            return "CITY";
        }
        boolean neighbourhood = is(tokens, m.tokenEnd(), "district") && is(tokens, m.tokenStart() - 1, "the");
        if (m.kind() != EntityKind.PERSON && is(tokens, m.tokenEnd(), DIVISION) && !neighbourhood
                && "NNP".equals(tokens.get(m.tokenEnd() - 1).pos())) {
            return "STATE_OR_PROVINCE";
        }
        return null;
    }

    /** The first token of the list "A, B and C" that {@code m} ends, or its own first token. */
    private static int listStart(NameMention m, List<NameMention> mentions, List<Token> tokens) {
        int start = m.tokenStart();
        boolean moved = true;
        while (moved) {
            moved = false;
            int s = start;
            if (is(tokens, s - 1, ",") || is(tokens, s - 1, "and")) {
                NameMention before = mentions.stream()
                        .filter(o -> o.sentence() == m.sentence() && o.tokenEnd() == s - 1).findFirst().orElse(null);
                if (before != null) {
                    start = before.tokenStart();
                    moved = true;
                }
            }
        }
        return start;
    }

    private static boolean is(List<Token> tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).text().equalsIgnoreCase(word);
    }

    private static boolean is(List<Token> tokens, int i, Set<String> words) {
        return i >= 0 && i < tokens.size() && words.contains(tokens.get(i).text());
    }
}
