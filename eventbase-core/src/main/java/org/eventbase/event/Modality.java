package org.eventbase.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventbase.model.EventModality;
import org.eventbase.model.Token;
import org.eventbase.nlp.Dependency;
import org.eventbase.nlp.DependencyGraph;

/**
 * Reads how an event is asserted from the parse around its trigger: hypothetical when the trigger sits in or
 * governs an "if"/"unless" clause, carries "could/might/may/would", or is what someone threatens, plans or wants
 * ("If the bill passes, we will close every port"); negated when the trigger carries "not/never/no"; reported when
 * the sentence hedges it ("reportedly", "allegedly", "unverified", "reports of") or attributes it to an unofficial
 * source or a party's claim ("witnesses said", "the group claimed to have …"). The historical flag is set by
 * the stage from background years. Example: "Gunmen reportedly stormed the camp" is reported.
 */
final class Modality {
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    private static final Set<String> UNREAL_MODALS = Set.of("could", "might", "may", "would");
    private static final Set<String> INTENT = Set.of("threaten", "plan", "want", "vow", "intend", "hope",
            "promise", "propose", "consider", "seek", "urge", "demand", "call", "ask", "appeal", "warn");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "unverified", "unconfirmed",
            "apparent", "apparently", "purportedly", "rumoured", "rumored", "suspected");

    /** Sources whose word the article passes on without vouching for it ("witnesses said", "local radio reported"). */
    private static final Set<String> UNOFFICIAL = Set.of("witness", "witnesses", "resident", "residents", "radio",
            "media", "television", "newspaper", "newspapers", "outlets", "activists", "relatives", "sources",
            "locals", "villagers", "bloggers", "posts");
    private static final Set<String> SAYING = Set.of("say", "report", "tell", "add");
    /** Verbs that make what they govern one party's unproven assertion ("claimed to have taken", "accused … of"). */
    private static final Set<String> ASSERTING = Set.of("claim", "allege", "accuse");

    private Modality() {}

    static EventModality of(DependencyGraph g, List<Token> tokens, Trigger trigger, boolean historical) {
        int head = trigger.head();
        return new EventModality(hypothetical(g, tokens, head), negated(g, tokens, head), historical,
                reported(g, tokens, head));
    }

    private static boolean hypothetical(DependencyGraph g, List<Token> tokens, int head) {
        int current = head;
        for (int steps = 0; current >= 0 && steps < 6; steps++) {
            for (Dependency d : g.out(current)) {
                String w = lower(tokens, d.dependent());
                if (d.relation().equals("mark") && CONDITIONS.contains(w)) {
                    return true;
                }
                if (d.relation().equals("advcl") && g.children(d.dependent(), "mark").stream()
                        .anyMatch(m -> CONDITIONS.contains(lower(tokens, m)))) {
                    return true;
                }
                if (d.relation().equals("aux") && UNREAL_MODALS.contains(w) && current == head) {
                    return !pastReport(g, tokens, head);
                }
            }
            Dependency in = g.in(current);
            if (in == null || in.governor() < 0) {
                return false;
            }
            if (in.relation().equals("xcomp") && INTENT.contains(tokens.get(in.governor()).lemma()
                    .toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!Set.of("xcomp", "conj", "ccomp", "obj", "nsubj", "nsubj:pass").contains(in.relation())) {
                return false;
            }
            current = in.governor();
        }
        return false;
    }

    /** "said … would dispatch forces": "would" reports a plan in the past, not a condition. */
    private static boolean pastReport(DependencyGraph g, List<Token> tokens, int head) {
        Dependency in = g.in(head);
        return in != null && in.relation().equals("ccomp") && in.governor() >= 0
                && tokens.get(in.governor()).pos().equals("VBD") && lower(tokens, auxOf(g, head)).equals("would");
    }

    private static int auxOf(DependencyGraph g, int head) {
        List<Integer> aux = g.children(head, "aux");
        return aux.isEmpty() ? -1 : aux.get(0);
    }

    private static boolean negated(DependencyGraph g, List<Token> tokens, int head) {
        for (Dependency d : g.out(head)) {
            // "no one was detained", "nobody was hurt": a negative subject denies the event.
            if (d.relation().startsWith("nsubj") && (Set.of("nobody", "none", "nothing")
                    .contains(lower(tokens, d.dependent())) || g.children(d.dependent(), "det").stream()
                    .anyMatch(x -> lower(tokens, x).equals("no")))) {
                return true;
            }
        }
        for (Dependency d : g.out(head)) {
            String w = lower(tokens, d.dependent());
            if ((d.relation().equals("advmod") || d.relation().equals("det") || d.relation().equals("neg"))
                    && NEGATION.contains(w)) {
                return true;
            }
        }
        Dependency in = g.in(head);
        if (in != null && in.governor() >= 0 && in.relation().equals("xcomp")) {
            String governor = tokens.get(in.governor()).lemma().toLowerCase(Locale.ROOT);
            return governor.equals("fail") || governor.equals("refuse");
        }
        return false;
    }

    /**
     * True when the trigger's clause is what an unofficial source says, or a party claims or alleges: the clause
     * hangs under such a verb ("Witnesses said police beat …", "the group claimed to have taken …", "accused police
     * of firing …"), or such a verb is tacked on to it ("Crowds gathered in Salto, local radio reported").
     */
    private static boolean attributed(DependencyGraph g, List<Token> tokens, int head) {
        int current = head;
        for (int steps = 0; current >= 0 && steps < 6; steps++) {
            if (current != head && reportsUnvouched(g, tokens, current)) {
                return true;
            }
            for (int side : g.children(current, "parataxis")) {
                if (reportsUnvouched(g, tokens, side)) {
                    return true;
                }
            }
            Dependency in = g.in(current);
            if (in == null || in.governor() < 0 || !Set.of("ccomp", "xcomp", "conj", "advcl")
                    .contains(in.relation().replaceFirst(":.*", ""))) {
                return false;
            }
            current = in.governor();
        }
        return false;
    }

    private static boolean reportsUnvouched(DependencyGraph g, List<Token> tokens, int verb) {
        String lemma = tokens.get(verb).lemma() == null ? "" : tokens.get(verb).lemma().toLowerCase(Locale.ROOT);
        if (ASSERTING.contains(lemma)) {
            return true;
        }
        if (!SAYING.contains(lemma)) {
            return false;
        }
        return g.children(verb, "nsubj").stream().anyMatch(s -> UNOFFICIAL.contains(lower(tokens, s)));
    }

    private static boolean reported(DependencyGraph g, List<Token> tokens, int head) {
        if (attributed(g, tokens, head)) {
            return true;
        }
        for (int i = Math.max(0, head - 12); i < Math.min(tokens.size(), head + 3); i++) {
            if (HEDGES.contains(lower(tokens, i))) {
                return true;
            }
        }
        // "There were reports and videos of police cars set on fire."
        for (int i = 0; i < head; i++) {
            if (Set.of("reports", "videos", "footage", "rumours", "rumors", "claims").contains(lower(tokens, i))
                    && (lower(tokens, i + 1).equals("of") || lower(tokens, i + 1).equals("and")
                    || lower(tokens, i + 1).equals("that") || g.dominates(i, head))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
