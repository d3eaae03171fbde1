package org.eventbase.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventModality;
import org.eventbase.model.Span;
import org.eventbase.model.Token;
import org.eventbase.nlp.Dependency;
import org.eventbase.nlp.DependencyGraph;

/**
 * Keeps one event per event, not one per word. Within a sentence, a trigger coordinated with or subordinate to
 * another of the same type, without a subject of its own, joins it ("attacked, looted and burned the depot" is
 * one ASSAULT), and a "killing …" clause joins the attack or crackdown it describes. Across the article, an event
 * restated later (same type, mode and date, compatible actors and place) joins the first telling, which gains the
 * new evidence span. Ids {@code ev1}, {@code ev2}, … are given last, in text order.
 * Example: "Police arrested 12 people on Monday." then "The 12 were arrested outside parliament on Monday." is one
 * COERCE arrest event with two evidence spans.
 */
final class EventMerger {
    private static final Set<String> CLAUSE_LINKS = Set.of("conj", "advcl", "xcomp");

    private EventMerger() {}

    /** Merges the events of one sentence, given in trigger order, with the triggers that made them. */
    static List<Event> mergeClauses(List<Event> events, DependencyGraph g, List<Trigger> triggers,
            List<Token> tokens) {
        List<Event> kept = new ArrayList<>();
        List<Integer> keptHeads = new ArrayList<>();
        for (Event e : events) {
            int head = headOf(e, triggers, tokens);
            Dependency in = head < 0 ? null : g.in(head);
            int into = -1;
            if (in != null && CLAUSE_LINKS.contains(in.relation()) && g.children(head, "nsubj").isEmpty()) {
                int governor = keptHeads.indexOf(in.governor());
                if (governor >= 0 && (kept.get(governor).type() == e.type() || "kill".equals(e.mode()))) {
                    into = governor;
                }
            }
            if (into < 0 && "kill".equals(e.mode()) && !kept.isEmpty() && head > 0
                    && tokens.get(head).pos().equals("VBG") && tokens.get(head - 1).text().equals(",")
                    && g.children(head, "nsubj").isEmpty()) {
                // "police fired on protesters, killing 16": the killing is the firing's outcome.
                into = kept.size() - 1;
            }
            if (into >= 0) {
                kept.set(into, absorb(kept.get(into), e, false));
            } else {
                kept.add(e);
                keptHeads.add(head);
            }
        }
        return kept;
    }

    /** Merges restated events across the article and numbers them. */
    static List<Event> merge(List<Event> events) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (restates(kept.get(i), e)) {
                    same = i;
                }
            }
            if (same >= 0) {
                kept.set(same, absorb(kept.get(same), e, true));
            } else {
                kept.add(e);
            }
        }
        List<Event> numbered = new ArrayList<>();
        for (Event e : kept) {
            numbered.add(new Event("ev" + (numbered.size() + 1), e.type(), e.mode(), e.acled(), e.trigger(),
                    e.triggerSpan(), e.sources(), e.targets(), e.place(), e.time(), e.countIds(), e.modality(),
                    e.claimant(), e.confidence(), e.evidence()));
        }
        return numbered;
    }

    private static boolean restates(Event a, Event b) {
        boolean dated = a.time() != null && b.time() != null && a.time().text() != null && b.time().text() != null;
        boolean sameWord = a.trigger().equalsIgnoreCase(b.trigger());
        return a.type() == b.type() && Objects.equals(a.mode(), b.mode()) && (dated || sameWord)
                && a.time() != null && b.time() != null && Objects.equals(a.time().value(), b.time().value())
                && a.modality().equals(b.modality())
                && EventStage.sameActors(a.sources(), b.sources()) && EventStage.sameActors(a.targets(), b.targets())
                && (a.place() == null || b.place() == null || a.place().text().equalsIgnoreCase(b.place().text()));
    }

    private static Event absorb(Event into, Event other, boolean fillGaps) {
        List<EventActor> sources = into.sources().isEmpty() && fillGaps ? other.sources() : into.sources();
        List<EventActor> targets = new ArrayList<>(into.targets());
        for (EventActor t : other.targets()) {
            if (targets.stream().noneMatch(x -> x.text().equalsIgnoreCase(t.text()))) {
                targets.add(t);
            }
        }
        Set<String> counts = new LinkedHashSet<>(into.countIds());
        counts.addAll(other.countIds());
        Set<Span> evidence = new LinkedHashSet<>(into.evidence());
        evidence.addAll(other.evidence());
        EventModality m = into.modality();
        return new Event(into.id(), into.type(), into.mode(), into.acled(), into.trigger(), into.triggerSpan(),
                sources, targets, into.place() == null && fillGaps && dated(into) && dated(other) ? other.place()
                        : into.place(),
                into.time() != null && into.time().text() == null && other.time() != null ? other.time()
                        : into.time(),
                List.copyOf(counts), m, into.claimant() == null ? other.claimant() : into.claimant(),
                Math.max(into.confidence(), other.confidence()), List.copyOf(evidence));
    }

    private static boolean dated(Event e) {
        return e.time() != null && e.time().text() != null;
    }

    private static int headOf(Event e, List<Trigger> triggers, List<Token> tokens) {
        for (Trigger t : triggers) {
            if (tokens.get(t.first()).start() == e.triggerSpan().start()) {
                return t.head();
            }
        }
        return -1;
    }
}
