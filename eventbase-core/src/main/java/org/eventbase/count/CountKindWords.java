package org.eventbase.count;

import static org.eventbase.model.CountKind.AFFECTED;
import static org.eventbase.model.CountKind.ARRESTED;
import static org.eventbase.model.CountKind.DISPLACED;
import static org.eventbase.model.CountKind.INJURED;
import static org.eventbase.model.CountKind.KILLED;
import static org.eventbase.model.CountKind.MISSING;
import static org.eventbase.model.CountKind.PARTICIPANTS;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eventbase.model.CountKind;
import org.eventbase.model.Token;

/**
 * The words that say what a number counts, by lemma or word form: verbs and adjectives after the counted people
 * ("were killed", "died", "were injured", "were detained", "have fled", "marched"), the same verbs before them
 * ("killing 16 people", "arrested 31"), and nouns that are the counted people or events ("deaths", "casualties",
 * "refugees", "protesters"). Example: {@code CountKindWords.after(token("wounded"))} is {@code INJURED}.
 */
final class CountKindWords {
    /** Verb lemmas or word forms that follow the counted people. */
    private static final Map<String, CountKind> AFTER = Map.ofEntries(
            Map.entry("kill", KILLED), Map.entry("killed", KILLED), Map.entry("die", KILLED),
            Map.entry("dead", KILLED), Map.entry("murder", KILLED), Map.entry("shoot", KILLED),
            Map.entry("slay", KILLED), Map.entry("perish", KILLED), Map.entry("execute", KILLED),
            Map.entry("injure", INJURED), Map.entry("injured", INJURED), Map.entry("wound", INJURED),
            Map.entry("wounded", INJURED), Map.entry("hurt", INJURED), Map.entry("hospitalise", INJURED),
            Map.entry("hospitalize", INJURED), Map.entry("treat", INJURED),
            Map.entry("arrest", ARRESTED), Map.entry("detain", ARRESTED), Map.entry("apprehend", ARRESTED),
            Map.entry("jail", ARRESTED), Map.entry("imprison", ARRESTED), Map.entry("abduct", MISSING),
            Map.entry("kidnap", MISSING), Map.entry("missing", MISSING), Map.entry("displace", DISPLACED),
            Map.entry("flee", DISPLACED), Map.entry("evacuate", DISPLACED), Map.entry("force", DISPLACED),
            Map.entry("march", PARTICIPANTS), Map.entry("rally", PARTICIPANTS), Map.entry("gather", PARTICIPANTS),
            Map.entry("protest", PARTICIPANTS), Map.entry("demonstrate", PARTICIPANTS),
            Map.entry("strike", PARTICIPANTS), Map.entry("walk", PARTICIPANTS), Map.entry("join", PARTICIPANTS),
            Map.entry("block", PARTICIPANTS), Map.entry("blockade", PARTICIPANTS),
            Map.entry("occupy", PARTICIPANTS), Map.entry("converge", PARTICIPANTS),
            Map.entry("assemble", PARTICIPANTS), Map.entry("take", PARTICIPANTS), Map.entry("fill", PARTICIPANTS),
            Map.entry("chant", PARTICIPANTS), Map.entry("affect", AFFECTED), Map.entry("strand", AFFECTED),
            Map.entry("remain", INJURED));
    /** Verb forms that come before the counted people ("killing at least 16 people"). */
    private static final Map<String, CountKind> BEFORE = Map.ofEntries(
            Map.entry("kill", KILLED), Map.entry("killing", KILLED), Map.entry("killed", KILLED),
            Map.entry("injure", INJURED), Map.entry("injuring", INJURED), Map.entry("wound", INJURED),
            Map.entry("wounding", INJURED), Map.entry("arrest", ARRESTED), Map.entry("detain", ARRESTED),
            Map.entry("displace", DISPLACED), Map.entry("displacing", DISPLACED),
            Map.entry("evacuate", DISPLACED), Map.entry("abduct", MISSING), Map.entry("kidnap", MISSING),
            Map.entry("treat", INJURED));
    /** Nouns naming the counted people or outcomes. */
    private static final Map<String, CountKind> NOUNS = Map.ofEntries(
            Map.entry("death", KILLED), Map.entry("fatality", KILLED), Map.entry("body", KILLED),
            Map.entry("dead", KILLED), Map.entry("casualty", INJURED), Map.entry("injury", INJURED),
            Map.entry("arrest", ARRESTED), Map.entry("detainee", ARRESTED), Map.entry("prisoner", ARRESTED),
            Map.entry("refugee", DISPLACED), Map.entry("evacuee", DISPLACED),
            Map.entry("protester", PARTICIPANTS), Map.entry("protestor", PARTICIPANTS),
            Map.entry("demonstrator", PARTICIPANTS), Map.entry("marcher", PARTICIPANTS),
            Map.entry("striker", PARTICIPANTS), Map.entry("supporter", PARTICIPANTS),
            Map.entry("rioter", PARTICIPANTS));

    private CountKindWords() {}

    /** The kind a word following the counted people gives ("killed", "died", "wounded"), if any. */
    static Optional<CountKind> after(Token t) {
        return Optional.ofNullable(AFTER.getOrDefault(lower(t.text()), AFTER.get(lower(t.lemma()))));
    }

    /** The kind a verb before the number gives ("killing 16"), if any. */
    static Optional<CountKind> before(Token t) {
        if (!t.pos().startsWith("VB")) {
            return Optional.empty();
        }
        return Optional.ofNullable(BEFORE.getOrDefault(lower(t.text()), BEFORE.get(lower(t.lemma()))));
    }

    /** The kind a noun names ("deaths", "refugees", "protesters"), if any. */
    static Optional<CountKind> noun(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("JJ")
                ? Optional.ofNullable(NOUNS.get(lower(t.lemma()))) : Optional.empty();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
