package org.eventbase.entity;

import java.util.Locale;
import java.util.Set;
import org.eventbase.model.Token;

/**
 * Recognises words that name a role a person holds. CoreNLP tags most titles TITLE; this short list of role
 * nouns catches those it misses ("MP", "spokesperson", "activist"). Example: {@code isTitle(token "MP")} is true.
 */
final class TitleWords {
    private static final Set<String> ROLE_NOUNS = Set.of(
            "mp", "mps", "senator", "congressman", "congresswoman", "lawmaker", "deputy", "president", "premier",
            "chancellor", "minister", "secretary", "governor", "mayor", "leader", "chairman", "chairwoman", "chair",
            "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "analyst", "activist", "journalist",
            "correspondent", "commander", "general", "officer", "director", "chief", "head", "editor",
            "professor", "researcher", "lawyer", "judge", "prosecutor", "official", "adviser", "advisor",
            "economist", "expert", "founder", "ceo", "king", "queen", "prince", "pope", "candidate",
            "predecessor", "successor", "coordinator", "reporter", "prefect", "commissioner", "emir", "sheikh",
            "cleric", "imam", "bishop", "colonel", "captain",
            "lieutenant", "sergeant", "coach", "scholar", "historian", "politician", "diplomat", "blogger",
            "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "cmdr.", "cpl.", "pvt.");

    private TitleWords() {}

    static boolean isTitle(Token token) {
        return "TITLE".equals(token.ner()) || ROLE_NOUNS.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /** A lower-case adjective or noun that may modify a title ("foreign" minister, "political" analyst). */
    static boolean isTitleModifier(Token token) {
        String pos = token.pos() == null ? "" : token.pos();
        return !token.text().isEmpty() && Character.isLowerCase(token.text().charAt(0))
                && (pos.startsWith("JJ") || pos.equals("NN") || pos.equals("NNS") || pos.equals("VBN"));
    }

    /** How a title is written in a role: lower-cased, except all-capital abbreviations ("MP", "CEO"). */
    static String normalise(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.trim().split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean abbreviation = word.length() > 1 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
            out.append(abbreviation ? word : word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
