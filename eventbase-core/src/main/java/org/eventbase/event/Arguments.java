package org.eventbase.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventbase.model.Token;
import org.eventbase.nlp.Dependency;
import org.eventbase.nlp.DependencyGraph;

/**
 * Reads an event's source and target heads off a sentence's dependency parse: for a verb, the subject is the
 * source and the object the target; in the passive the subject is the target and the "by" phrase the source; an
 * "at/on/against" phrase is the target when the object is a weapon ("fired tear gas at dockers"); a verb with no
 * subject of its own borrows the subject of the verb it depends on ("crowds tried to storm …", "took over … and
 * stormed …"). For a noun trigger, the subject of its light verb ("Police imposed a curfew") or a "by" phrase is
 * the source. Example: in "Two students were detained by police", source head "police", target head "students".
 */
final class Arguments {
    /** Source and target head token indices (-1 when absent). */
    record Heads(int source, int target) {}

    private static final Set<String> INSTRUMENTS = Set.of("gas", "bullets", "cannon", "cannons", "shots", "fire",
            "grenades", "rounds", "canisters", "weapons", "force", "forces");
    private static final Set<String> DEALS = Set.of("agreement", "deal", "accord", "treaty", "ceasefire", "truce",
            "pact", "memorandum");
    private static final Set<String> TARGET_CASES = Set.of("at", "on", "against", "into", "upon");
    /** Partners of talks, requests and agreements: "appealed to the bloc", "spoke with the president". */
    private static final Set<String> PARTNER_CASES = Set.of("to", "with");
    private static final Set<org.eventbase.model.EventType> PARTNERED = Set.of(
            org.eventbase.model.EventType.CONSULT, org.eventbase.model.EventType.REQUEST,
            org.eventbase.model.EventType.AGREE, org.eventbase.model.EventType.COOPERATE,
            org.eventbase.model.EventType.SUPPORT, org.eventbase.model.EventType.AID);
    /** Verbs whose subject does the event their object names ("police imposed a curfew", "held a rally"). */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "stage", "launch", "organise", "organize", "call",
            "declare", "impose", "introduce", "announce", "sign", "reach", "agree", "make", "carry", "begin", "join",
            "lead", "extend", "accept", "conduct", "mount", "start", "continue", "order", "submit", "issue", "tender",
            "end", "lift", "break", "respect", "violate", "approve", "fire", "use", "throw", "lob", "spray", "go");
    /** Heads of time phrases, never actors ("on Monday evening", "by Friday"). */
    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month",
            "year", "hours", "time", "today", "yesterday", "dawn", "midnight", "noon");
    static final Set<String> REPORT_NOUNS = Set.of("report", "reports", "video", "videos", "footage", "images",
            "pictures", "photos");
    /** Prepositions under which a noun still states an event ("after a firefight", "amid protests"). */
    private static final Set<String> EVENT_CASES = Set.of("after", "during", "amid", "amidst", "following",
            "despite");
    private static final Set<String> PRONOUN_RELATIVES = Set.of("who", "which", "that");

    private Arguments() {}

    static Heads of(DependencyGraph g, List<Token> tokens, Trigger trigger) {
        int head = trigger.head();
        if (!trigger.verb()) {
            return ofNoun(g, tokens, head);
        }
        int source = first(g.children(head, "nsubj"), g, tokens);
        int target = -1;
        List<Integer> passive = new ArrayList<>(g.children(head, "nsubj:pass"));
        boolean participle = tokens.get(head).pos().equals("VBN") && g.children(head, "obj").isEmpty()
                && g.children(head, "aux").stream().noneMatch(a -> tokens.get(a).lemma().equalsIgnoreCase("have"));
        boolean countedSubject = source >= 0 && tokens.get(source).pos().equals("CD")
                && g.children(head, "obj").isEmpty();
        if ((participle || countedSubject) && source >= 0) {
            // "… were injured and eight killed": an elided passive, its subject is who suffers.
            passive.add(source);
            source = -1;
        }
        Dependency in = g.in(head);
        if (participle && in != null && in.relation().startsWith("acl") && in.governor() >= 0) {
            // "police cars set on fire", "vehicles seized by the crowd": a reduced passive relative; "reports of
            // police cars set on fire" hangs the clause on "reports", whose "of" phrase is what was set on fire.
            int governor = in.governor();
            if (REPORT_NOUNS.contains(lower(tokens, governor))) {
                List<Integer> of = g.children(governor, "nmod");
                governor = of.isEmpty() ? -1 : of.get(0);
            }
            if (governor >= 0) {
                passive.add(governor);
            }
        }
        if (!passive.isEmpty()) {
            target = passive.get(0);
            source = byPhrase(g, tokens, head);
            if (countedSubject && in != null && in.relation().equals("conj") && in.governor() >= 0) {
                // "317 police officers were injured and eight killed": the bare number's victims are the nouns
                // of the conjunct it was elided from.
                int shared = first(g.children(in.governor(), "nsubj:pass"), g, tokens);
                if (shared >= 0 && tokens.get(shared).pos().startsWith("NN")) {
                    target = shared;
                }
            }
        }
        List<Integer> objects = g.children(head, "obj");
        if (target < 0 && !objects.isEmpty() && !INSTRUMENTS.contains(lower(tokens, objects.get(0)))) {
            target = objects.get(0);
        }
        if (target < 0) {
            for (int obl : g.children(head, "obl")) {
                String c = caseOf(g, tokens, obl);
                // "set fire to the town hall": what the fire is set to is what burns.
                boolean burnt = "arson".equals(trigger.mode()) && c.equals("to");
                if ((TARGET_CASES.contains(c) || burnt || PARTNERED.contains(trigger.type())
                        && PARTNER_CASES.contains(c)) && !TIME_WORDS.contains(lower(tokens, obl))) {
                    target = obl;
                    break;
                }
            }
        }
        if (source < 0 && passive.isEmpty()) {
            source = borrowedSubject(g, tokens, head);
        }
        if (target >= 0 && DEALS.contains(lower(tokens, target))) {
            // "signed a ceasefire", "the truce was signed": the deal is what was agreed, not a party to it.
            target = -1;
        }
        return new Heads(source, target);
    }

    private static Heads ofNoun(DependencyGraph g, List<Token> tokens, int noun) {
        int source = byPhrase(g, tokens, noun);
        if (source < 0) {
            source = first(g.children(noun, "nmod:poss"), g, tokens);
        }
        int target = -1;
        for (int nmod : g.children(noun, "nmod")) {
            if (TARGET_CASES.contains(caseOf(g, tokens, nmod))) {
                target = nmod;
                break;
            }
        }
        Dependency in = g.in(noun);
        if (target < 0 && in != null && in.governor() >= 0 && in.relation().equals("obj")) {
            // "fired tear gas at dockers": the light verb's at/on phrase is the target.
            for (int obl : g.children(in.governor(), "obl")) {
                if (TARGET_CASES.contains(caseOf(g, tokens, obl)) && !TIME_WORDS.contains(lower(tokens, obl))) {
                    target = obl;
                    break;
                }
            }
        }
        if (source < 0 && in != null && in.governor() >= 0 && (in.relation().equals("obj")
                || in.relation().equals("nsubj:pass")) && LIGHT_VERBS.contains(tokens.get(in.governor()).lemma()
                .toLowerCase(Locale.ROOT))) {
            source = in.relation().equals("obj") ? first(g.children(in.governor(), "nsubj"), g, tokens)
                    : byPhrase(g, tokens, in.governor());
            if (source < 0) {
                source = borrowedSubject(g, tokens, in.governor());
            }
        }
        return new Heads(source, target);
    }

    /** Whether a noun trigger states an event here, not just names a topic ("the protest movement"). */
    static boolean nounStatesEvent(DependencyGraph g, List<Token> tokens, int noun, Set<Integer> timeTokens,
            Set<Integer> placeTokens) {
        Dependency in = g.in(noun);
        if (in == null) {
            return false;
        }
        String rel = in.relation();
        if (rel.equals("compound") || rel.equals("amod") || caseOf(g, tokens, noun).equals("without")) {
            return false;
        }
        if (rel.equals("root") || rel.startsWith("nsubj") || rel.equals("obj")) {
            return true;
        }
        if (rel.equals("conj") && in.governor() >= 0 && in.governor() != noun) {
            return nounStatesEvent(g, tokens, in.governor(), timeTokens, placeTokens);
        }
        if (rel.startsWith("nmod") && in.governor() >= 0 && REPORT_NOUNS.contains(lower(tokens, in.governor()))) {
            return true;
        }
        if ((rel.startsWith("obl") || rel.startsWith("nmod")) && EVENT_CASES.contains(caseOf(g, tokens, noun))) {
            return true;
        }
        if (rel.startsWith("obl") && caseOf(g, tokens, noun).equals("on") && in.governor() >= 0
                && tokens.get(in.governor()).lemma().equalsIgnoreCase("go")) {
            // "went on strike"
            return true;
        }
        for (Dependency d : g.out(noun)) {
            if (timeTokens.contains(d.dependent()) || (d.relation().startsWith("nmod") || d.relation().equals("obl"))
                    && placeTokens.contains(d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** The "by" phrase of a passive verb or a noun ("by police", "by the hands of a crowd" → crowd). */
    private static int byPhrase(DependencyGraph g, List<Token> tokens, int head) {
        List<Integer> candidates = new ArrayList<>(g.children(head, "obl"));
        candidates.addAll(g.children(head, "nmod"));
        for (int c : candidates) {
            if (caseOf(g, tokens, c).equals("by") && !TIME_WORDS.contains(lower(tokens, c))) {
                if (lower(tokens, c).equals("hands")) {
                    List<Integer> inner = g.children(c, "nmod");
                    return inner.isEmpty() ? c : inner.get(0);
                }
                return c;
            }
        }
        return -1;
    }

    /** The subject of the verb an xcomp, conj or advcl verb hangs from, or a relative clause's antecedent. */
    private static int borrowedSubject(DependencyGraph g, List<Token> tokens, int head) {
        int current = head;
        for (int steps = 0; steps < 4; steps++) {
            Dependency in = g.in(current);
            if (in == null || in.governor() < 0) {
                return -1;
            }
            if (in.relation().equals("acl:relcl") || in.relation().equals("acl")) {
                return tokens.get(current).pos().equals("VBN") ? -1 : in.governor();
            }
            if (!(in.relation().equals("xcomp") || in.relation().equals("conj") || in.relation().equals("advcl"))) {
                return -1;
            }
            current = in.governor();
            int subject = first(g.children(current, "nsubj"), g, tokens);
            if (subject >= 0) {
                return subject;
            }
        }
        return -1;
    }

    /** The first head, with a relative pronoun replaced by its antecedent ("police, who arrested …"). */
    private static int first(List<Integer> heads, DependencyGraph g, List<Token> tokens) {
        if (heads.isEmpty()) {
            return -1;
        }
        int head = heads.get(0);
        if (PRONOUN_RELATIVES.contains(lower(tokens, head))) {
            int verb = g.head(head);
            Dependency in = verb < 0 ? null : g.in(verb);
            return in != null && in.relation().startsWith("acl") ? in.governor() : -1;
        }
        return head;
    }

    static String caseOf(DependencyGraph g, List<Token> tokens, int head) {
        List<Integer> cases = g.children(head, "case");
        return cases.isEmpty() ? "" : lower(tokens, cases.get(0));
    }

    static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
