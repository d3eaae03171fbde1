package org.eventbase.event;

import static org.eventbase.model.EventType.ACCUSE;
import static org.eventbase.model.EventType.AGREE;
import static org.eventbase.model.EventType.AID;
import static org.eventbase.model.EventType.ASSAULT;
import static org.eventbase.model.EventType.COERCE;
import static org.eventbase.model.EventType.CONSULT;
import static org.eventbase.model.EventType.COOPERATE;
import static org.eventbase.model.EventType.MOBILIZE;
import static org.eventbase.model.EventType.PROTEST;
import static org.eventbase.model.EventType.REJECT;
import static org.eventbase.model.EventType.REQUEST;
import static org.eventbase.model.EventType.RETREAT;
import static org.eventbase.model.EventType.SANCTION;
import static org.eventbase.model.EventType.SUPPORT;
import static org.eventbase.model.EventType.THREATEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventbase.model.EventType;
import org.eventbase.model.Token;

/**
 * The words that state events, by PLOVER type and mode: verb lemmas ("storm" → PROTEST riot, "arrest" → COERCE
 * arrest), nouns ("ceasefire" → AGREE ceasefire, "protests" → PROTEST demo) and phrases ("state of emergency",
 * "set on fire", "take over", "open fire", "shut down the internet"). Some verbs need their object to decide
 * ("send forces" is AID, "send a letter" nothing; "sign a deal" is AGREE). See docs/codebook.md.
 * Example: {@code lexicon.find(tokens)} on "Crowds stormed the airport" gives PROTEST riot at "stormed".
 */
final class TriggerLexicon {
    private record Sense(EventType type, String mode) {}

    private static final Map<String, Sense> VERBS = Map.ofEntries(
            Map.entry("agree", new Sense(AGREE, "agree")), Map.entry("meet", new Sense(CONSULT, "meet")),
            Map.entry("consult", new Sense(CONSULT, "consult")), Map.entry("negotiate", new Sense(CONSULT, "negotiate")),
            Map.entry("visit", new Sense(CONSULT, "visit")), Map.entry("support", new Sense(SUPPORT, "support")),
            Map.entry("endorse", new Sense(SUPPORT, "endorse")), Map.entry("cooperate", new Sense(COOPERATE, "cooperate")),
            Map.entry("withdraw", new Sense(RETREAT, "withdraw")), Map.entry("retreat", new Sense(RETREAT, "withdraw")),
            Map.entry("release", new Sense(RETREAT, "release")), Map.entry("resign", new Sense(RETREAT, "resign")),
            Map.entry("appeal", new Sense(REQUEST, "appeal")), Map.entry("request", new Sense(REQUEST, "request")),
            Map.entry("urge", new Sense(REQUEST, "appeal")), Map.entry("demand", new Sense(REQUEST, "demand")),
            Map.entry("accuse", new Sense(ACCUSE, "accuse")), Map.entry("blame", new Sense(ACCUSE, "accuse")),
            Map.entry("condemn", new Sense(ACCUSE, "condemn")), Map.entry("denounce", new Sense(ACCUSE, "condemn")),
            Map.entry("charge", new Sense(ACCUSE, "legal")), Map.entry("indict", new Sense(ACCUSE, "legal")),
            Map.entry("sue", new Sense(ACCUSE, "legal")), Map.entry("reject", new Sense(REJECT, "reject")),
            Map.entry("refuse", new Sense(REJECT, "refuse")), Map.entry("deny", new Sense(REJECT, "deny")),
            Map.entry("contest", new Sense(REJECT, "contest")), Map.entry("veto", new Sense(REJECT, "veto")),
            Map.entry("threaten", new Sense(THREATEN, "threaten")), Map.entry("warn", new Sense(THREATEN, "warn")),
            Map.entry("protest", new Sense(PROTEST, "demo")), Map.entry("demonstrate", new Sense(PROTEST, "demo")),
            Map.entry("march", new Sense(PROTEST, "demo")), Map.entry("rally", new Sense(PROTEST, "demo")),
            Map.entry("picket", new Sense(PROTEST, "demo")), Map.entry("strike", new Sense(PROTEST, "strike")),
            Map.entry("riot", new Sense(PROTEST, "riot")), Map.entry("storm", new Sense(PROTEST, "riot")),
            Map.entry("loot", new Sense(PROTEST, "riot")), Map.entry("ransack", new Sense(PROTEST, "riot")),
            Map.entry("blockade", new Sense(PROTEST, "blockade")), Map.entry("occupy", new Sense(PROTEST, "occupy")),
            Map.entry("sanction", new Sense(SANCTION, "sanctions")), Map.entry("expel", new Sense(SANCTION, "expel")),
            Map.entry("boycott", new Sense(SANCTION, "boycott")), Map.entry("suspend", new Sense(SANCTION, "suspend")),
            Map.entry("mobilise", new Sense(MOBILIZE, "troops")), Map.entry("mobilize", new Sense(MOBILIZE, "troops")),
            Map.entry("deploy", new Sense(MOBILIZE, "troops")), Map.entry("arrest", new Sense(COERCE, "arrest")),
            Map.entry("detain", new Sense(COERCE, "arrest")), Map.entry("raid", new Sense(COERCE, "raid")),
            Map.entry("disperse", new Sense(COERCE, "crowd-control")), Map.entry("deport", new Sense(COERCE, "deport")),
            Map.entry("ban", new Sense(COERCE, "restrict")), Map.entry("seize", new Sense(COERCE, "seize")),
            Map.entry("crush", new Sense(COERCE, "repress")), Map.entry("attack", new Sense(ASSAULT, "attack")),
            Map.entry("bomb", new Sense(ASSAULT, "bombing")), Map.entry("shell", new Sense(ASSAULT, "artillery")),
            Map.entry("shoot", new Sense(ASSAULT, "firearms")), Map.entry("kill", new Sense(ASSAULT, "kill")),
            Map.entry("stab", new Sense(ASSAULT, "attack")), Map.entry("ambush", new Sense(ASSAULT, "attack")),
            Map.entry("abduct", new Sense(ASSAULT, "abduct")), Map.entry("kidnap", new Sense(ASSAULT, "abduct")),
            Map.entry("clash", new Sense(ASSAULT, "clash")), Map.entry("torch", new Sense(ASSAULT, "arson")),
            Map.entry("vandalise", new Sense(ASSAULT, "property")), Map.entry("vandalize", new Sense(ASSAULT, "property")),
            Map.entry("destroy", new Sense(ASSAULT, "property")));
    private static final Map<String, Sense> NOUNS = Map.ofEntries(
            Map.entry("ceasefire", new Sense(AGREE, "ceasefire")), Map.entry("cease-fire", new Sense(AGREE, "ceasefire")),
            Map.entry("truce", new Sense(AGREE, "ceasefire")), Map.entry("talks", new Sense(CONSULT, "negotiate")),
            Map.entry("consultation", new Sense(CONSULT, "consult")), Map.entry("negotiation", new Sense(CONSULT, "negotiate")),
            Map.entry("appeal", new Sense(REQUEST, "appeal")), Map.entry("request", new Sense(REQUEST, "request")),
            Map.entry("resignation", new Sense(RETREAT, "resign")), Map.entry("withdrawal", new Sense(RETREAT, "withdraw")),
            Map.entry("protest", new Sense(PROTEST, "demo")), Map.entry("demonstration", new Sense(PROTEST, "demo")),
            Map.entry("rally", new Sense(PROTEST, "demo")), Map.entry("march", new Sense(PROTEST, "demo")),
            Map.entry("strike", new Sense(PROTEST, "strike")), Map.entry("walkout", new Sense(PROTEST, "strike")),
            Map.entry("riot", new Sense(PROTEST, "riot")), Map.entry("rioting", new Sense(PROTEST, "riot")),
            Map.entry("blockade", new Sense(PROTEST, "blockade")), Map.entry("sanction", new Sense(SANCTION, "sanctions")),
            Map.entry("embargo", new Sense(SANCTION, "sanctions")), Map.entry("expulsion", new Sense(SANCTION, "expel")),
            Map.entry("curfew", new Sense(COERCE, "restrict")), Map.entry("arrest", new Sense(COERCE, "arrest")),
            Map.entry("raid", new Sense(COERCE, "raid")), Map.entry("crackdown", new Sense(COERCE, "repress")),
            Map.entry("attack", new Sense(ASSAULT, "attack")), Map.entry("bombing", new Sense(ASSAULT, "bombing")),
            Map.entry("explosion", new Sense(ASSAULT, "bombing")), Map.entry("blast", new Sense(ASSAULT, "bombing")),
            Map.entry("airstrike", new Sense(ASSAULT, "aerial")), Map.entry("shelling", new Sense(ASSAULT, "artillery")),
            Map.entry("shooting", new Sense(ASSAULT, "firearms")), Map.entry("clash", new Sense(ASSAULT, "clash")),
            Map.entry("fighting", new Sense(ASSAULT, "clash")), Map.entry("firefight", new Sense(ASSAULT, "clash")),
            Map.entry("massacre", new Sense(ASSAULT, "attack")), Map.entry("siege", new Sense(ASSAULT, "attack")),
            Map.entry("ambush", new Sense(ASSAULT, "attack")), Map.entry("uprising", new Sense(PROTEST, "riot")),
            Map.entry("unrest", new Sense(PROTEST, "riot")), Map.entry("stoppage", new Sense(PROTEST, "strike")),
            Map.entry("sit-in", new Sense(PROTEST, "occupy")), Map.entry("vigil", new Sense(PROTEST, "demo")));
    /** Objects that make "send", "dispatch", "bring in" an AID or MOBILIZE of forces. */
    private static final Set<String> FORCES = Set.of("forces", "troops", "soldiers", "peacekeepers", "units",
            "police", "officers", "reinforcements", "army", "force", "military", "personnel", "gendarmes");
    private static final Set<String> DEALS = Set.of("agreement", "deal", "accord", "treaty", "ceasefire", "truce",
            "pact", "memorandum");

    /** Every trigger of {@code tokens}, in order; phrase triggers win over the single words inside them. */
    List<Trigger> find(List<Token> tokens) {
        List<Trigger> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Trigger t = phrase(tokens, i);
            if (t == null) {
                t = word(tokens, i);
            }
            if (t != null) {
                found.add(t);
                i = t.end() - 1;
            }
        }
        return found;
    }

    /** True when {@code tokens} hold a trigger word at all: the cheap test before any parse. */
    boolean mayHoldEvent(List<Token> tokens) {
        return !find(tokens).isEmpty();
    }

    private Trigger phrase(List<Token> tokens, int i) {
        String w = lower(tokens, i);
        String lemma = lemma(tokens, i);
        if (w.equals("state") && lower(tokens, i + 1).equals("of") && lower(tokens, i + 2).startsWith("emergenc")) {
            return new Trigger(i, i + 3, COERCE, "emergency", false);
        }
        if (w.equals("tear") && lower(tokens, i + 1).equals("gas") || w.equals("water")
                && lower(tokens, i + 1).equals("cannon") || w.equals("rubber") && lower(tokens, i + 1).equals("bullets")) {
            return new Trigger(i, i + 2, COERCE, "crowd-control", false);
        }
        if (w.equals("suicide") && Set.of("bomber", "bombing", "attack").contains(lower(tokens, i + 1))) {
            return new Trigger(i, i + 2, ASSAULT, "suicide-bombing", false);
        }
        if ((w.equals("air") || w.equals("drone")) && lower(tokens, i + 1).matches("strikes?")) {
            return new Trigger(i, i + 2, ASSAULT, "aerial", false);
        }
        boolean verb = tokens.get(i).pos().startsWith("VB");
        if (!verb) {
            return null;
        }
        String next = lower(tokens, i + 1);
        String nextTwo = next + " " + lower(tokens, i + 2);
        if (lemma.equals("set") && (nextTwo.equals("on fire") || next.equals("ablaze") || next.equals("fire"))) {
            return new Trigger(i, i + (next.equals("ablaze") || next.equals("fire") ? 2 : 3), ASSAULT, "arson", true);
        }
        if (lemma.equals("set") && (nextOn(tokens, i, "fire") || fireAfterObject(tokens, i))) {
            // "set on fire"; "set cars and shops on fire", "set the depot ablaze": the object burns.
            return new Trigger(i, i + 1, ASSAULT, "arson", true);
        }
        if (lemma.equals("open") && next.equals("fire")) {
            return new Trigger(i, i + 2, ASSAULT, "firearms", true);
        }
        if (lemma.equals("fire") && Set.of("on", "at", "into").contains(next)) {
            return new Trigger(i, i + 1, ASSAULT, "firearms", true);
        }
        if (lemma.equals("take") && next.equals("over")) {
            return new Trigger(i, i + 2, PROTEST, "riot", true);
        }
        if (lemma.equals("walk") && next.equals("out")) {
            return new Trigger(i, i + 2, PROTEST, "strike", true);
        }
        if (lemma.equals("step") && next.equals("down")) {
            return new Trigger(i, i + 2, RETREAT, "resign", true);
        }
        if ((lemma.equals("shut") || lemma.equals("cut")) && Set.of("down", "off").contains(next)
                && objectNear(tokens, i + 2, Set.of("internet", "network", "networks", "access", "services"))
                || lemma.equals("block") && objectNear(tokens, i + 1, Set.of("access", "internet", "websites"))) {
            return new Trigger(i, i + (lemma.equals("block") ? 1 : 2), COERCE, "censor", true);
        }
        if (lemma.equals("block") && objectNear(tokens, i + 1, Set.of("road", "roads", "gate", "gates", "port",
                "highway", "highways", "street", "streets", "entrance", "entrances", "bridge", "railway", "route",
                "junction", "traffic"))) {
            return new Trigger(i, i + 1, PROTEST, "blockade", true);
        }
        if (lemma.equals("walk") && next.equals("off") || lemma.equals("down") && next.equals("tools")) {
            return new Trigger(i, i + 2, PROTEST, "strike", true);
        }
        if ((lemma.equals("gather") || lemma.equals("assemble") || lemma.equals("converge"))
                && !tokens.get(Math.min(i + 1, tokens.size() - 1)).pos().matches("DT|NN.*|PRP.*|JJ.*|CD")) {
            return new Trigger(i, i + 1, PROTEST, "demo", true);
        }
        if (lemma.equals("take") && (nextTwo.equals("in for") || nextTwo.equals("into custody"))) {
            return new Trigger(i, i + 2, COERCE, "arrest", true);
        }
        if ((lemma.equals("close") || lemma.equals("shut")) && objectNear(tokens, i + 1, Set.of("border", "borders",
                "crossing", "crossings"))) {
            return new Trigger(i, i + 1, SANCTION, "close-border", true);
        }
        if ((lemma.equals("send") || lemma.equals("dispatch")) && objectNear(tokens, i + 1, FORCES)) {
            return new Trigger(i, i + 1, AID, "military", true);
        }
        if (lemma.equals("bring") && objectNear(tokens, i - 6, FORCES) && Set.of("in", "into").contains(next)) {
            return new Trigger(i, i + 1, MOBILIZE, "troops", true);
        }
        if ((lemma.equals("sign") || lemma.equals("reach")) && (objectNear(tokens, i + 1, DEALS)
                || tokens.get(i).pos().equals("VBN") && nearBefore(tokens, i, DEALS))) {
            // "signed a truce"; passive "the truce, signed in Quito on April 22," and "the deal was signed".
            return new Trigger(i, i + 1, AGREE, "agreement", true);
        }
        if ((lemma.equals("speak") || lemma.equals("talk")) && Set.of("to", "with").contains(next)) {
            return new Trigger(i, i + 1, CONSULT, "consult", true);
        }
        return null;
    }

    private static Trigger word(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String lemma = lemma(tokens, i);
        if (t.pos().startsWith("VB")) {
            Sense s = VERBS.get(lemma);
            return s == null ? null : new Trigger(i, i + 1, s.type(), s.mode(), true);
        }
        if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) {
            // A proper noun is a name ("March 4", "Strike Force Hotel"), never an event word.
            Sense s = NOUNS.get(lemma);
            if (s == null && lemma.equals("call") && lower(tokens, i + 1).equals("for")) {
                s = new Sense(REQUEST, "appeal");
            }
            return s == null ? null : new Trigger(i, i + 1, s.type(), s.mode(), false);
        }
        return null;
    }

    private static boolean objectNear(List<Token> tokens, int from, Set<String> words) {
        for (int j = Math.max(0, from); j < Math.min(tokens.size(), from + 6); j++) {
            if (words.contains(lower(tokens, j))) {
                return true;
            }
        }
        return false;
    }

    /** "on fire" or "ablaze" within the six tokens after the object that follows "set" at {@code i}. */
    private static boolean fireAfterObject(List<Token> tokens, int i) {
        for (int j = i + 2; j < Math.min(tokens.size(), i + 9); j++) {
            String w = lower(tokens, j);
            if (w.equals("ablaze") || w.equals("alight") || w.equals("fire") && lower(tokens, j - 1).equals("on")) {
                return true;
            }
            if (w.matches("[.;:!?]")) {
                return false;
            }
        }
        return false;
    }

    /** True when one of {@code words} stands among the four tokens before {@code i}. */
    private static boolean nearBefore(List<Token> tokens, int i, Set<String> words) {
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (words.contains(lower(tokens, j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextOn(List<Token> tokens, int i, String word) {
        return lower(tokens, i + 1).equals("on") && lower(tokens, i + 2).equals(word);
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }

    private static String lemma(List<Token> tokens, int i) {
        String lemma = tokens.get(i).lemma();
        return (lemma == null ? tokens.get(i).text() : lemma).toLowerCase(Locale.ROOT);
    }
}
