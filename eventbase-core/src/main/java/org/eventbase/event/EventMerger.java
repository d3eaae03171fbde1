package org.eventbase.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventType;
import org.eventbase.model.Span;
import org.eventbase.model.Token;
import org.eventbase.nlp.Dependency;
import org.eventbase.nlp.DependencyGraph;

/**
 * Keeps one event per event, not one per word. Within a sentence, a trigger coordinated with or subordinate to
 * another of the same type, without a subject of its own, joins it ("attacked, looted and burned the depot" is
 * one ASSAULT), a "killing …" clause joins the attack or crackdown it describes, a killing nobody is said to have done
 * joins its sentence's violent event (the one linked to it in the parse, else the only one), and a demand made by a protest ("blocked the road to demand food") joins
 * the protest. Across the article, an event
 * restated later (same type, mode and date, compatible actors and place) joins the first telling, which gains the
 * new evidence span. Ids {@code ev1}, {@code ev2}, … are given last, in text order.
 * Example: "Police arrested 12 people on Monday." then "The 12 were arrested outside parliament on Monday." is one
 * COERCE arrest event with two evidence spans.
 */
final class EventMerger {
    private static final Set<String> CLAUSE_LINKS = Set.of("conj", "advcl", "xcomp");
    private static final Set<EventType> VIOLENT = Set.of(EventType.ASSAULT, EventType.PROTEST, EventType.COERCE);

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
                int protest = protestGoverning(kept, keptHeads, g, in.governor());
                if (into < 0 && e.type() == EventType.REQUEST && protest >= 0) {
                    // "blocked the road to demand food", "held a vigil, demanding …": the protest's demand.
                    into = protest;
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
        return outcomesJoined(kept, keptHeads, g);
    }

    /**
     * A killing nobody is said to have done joins the one violent event of its sentence, whose toll it gives
     * ("three people were killed when rioting swept the city": the riot's dead).
     */
    private static List<Event> outcomesJoined(List<Event> events, List<Integer> heads, DependencyGraph g) {
        List<Integer> violent = new ArrayList<>();
        List<Integer> linked = new ArrayList<>();
        int kill = -1;
        for (int i = 0; i < events.size(); i++) {
            if ("kill".equals(events.get(i).mode())) {
                kill = heads.get(i);
            }
        }
        for (int i = 0; i < events.size(); i++) {
            if (VIOLENT.contains(events.get(i).type()) && !"kill".equals(events.get(i).mode())) {
                violent.add(i);
                int h = heads.get(i);
                if (kill >= 0 && h >= 0 && (g.dominates(h, kill) || g.dominates(kill, h))) {
                    linked.add(i);
                }
            }
        }
        // The violent event linked to the killing in the parse ("killed in Monday's riot"), else the only one.
        List<Integer> candidates = linked.size() == 1 ? linked : violent;
        if (candidates.size() != 1) {
            return events;
        }
        int into = candidates.get(0);
        List<Event> kept = new ArrayList<>();
        Event joined = events.get(into);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (i != into && "kill".equals(e.mode()) && e.sources().isEmpty()
                    && e.modality().equals(joined.modality())) {
                joined = absorb(joined, e, false);
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (i == into) {
                kept.add(joined);
            } else if (!("kill".equals(e.mode()) && e.sources().isEmpty()
                    && e.modality().equals(events.get(into).modality()))) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** The kept protest whose trigger is {@code verb} or hangs from it ("went on strike"), or -1. */
    private static int protestGoverning(List<Event> kept, List<Integer> keptHeads, DependencyGraph g, int verb) {
        for (int i = 0; i < kept.size(); i++) {
            int head = keptHeads.get(i);
            if (kept.get(i).type() == EventType.PROTEST && head >= 0 && (head == verb || g.head(head) == verb)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Merges restated events across the article and numbers them. An event whose trigger span is in
     * {@code anaphoric} ("the march", "Monday's rally") joins the latest earlier event of its type with the same
     * flags and no conflicting date; any other event joins an earlier one it {@link #restates}.
     */
    static List<Event> merge(List<Event> events, Set<Span> anaphoric) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            if (anaphoric.contains(e.triggerSpan())) {
                for (int i = kept.size() - 1; i >= 0 && same < 0; i--) {
                    Event earlier = kept.get(i);
                    if (earlier.type() == e.type() && sameFlags(earlier, e) && compatibleDates(earlier, e)) {
                        same = i;
                    }
                }
            }
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

    /** Merges restated events across the article, without anaphora, and numbers them. */
    static List<Event> merge(List<Event> events) {
        return merge(events, Set.of());
    }

    /**
     * Whether {@code b}, told later, restates {@code a}: same type, modes that agree (a killing may restate the
     * attack that caused it), the same flags, no conflicting dates, places and actors.
     */
    static boolean restates(Event a, Event b) {
        boolean modes = Objects.equals(a.mode(), b.mode()) || a.mode() == null || b.mode() == null
                || a.type() == org.eventbase.model.EventType.ASSAULT && "kill".equals(b.mode());
        return a.type() == b.type() && modes && sameFlags(a, b) && compatibleDates(a, b)
                && EventStage.sameActors(a.sources(), b.sources()) && EventStage.sameActors(a.targets(), b.targets())
                && compatiblePlaces(a, b);
    }

    private static boolean sameFlags(Event a, Event b) {
        return a.modality().hypothetical() == b.modality().hypothetical()
                && a.modality().negated() == b.modality().negated()
                && a.modality().historical() == b.modality().historical();
    }

    /** Equal dates, or one of them not stated by the text (the publication date stands in for it). */
    private static boolean compatibleDates(Event a, Event b) {
        if (a.time() == null || b.time() == null || !dated(a) || !dated(b)) {
            return true;
        }
        return Objects.equals(a.time().value(), b.time().value());
    }

    /**
     * No place, the same place, or a place one of them only inherits from its context (the setting, the previous
     * sentence) rather than names in its own evidence.
     */
    private static boolean compatiblePlaces(Event a, Event b) {
        if (a.place() == null || b.place() == null || !ownPlace(a) || !ownPlace(b)) {
            return true;
        }
        return a.place().placeId() != null && a.place().placeId().equals(b.place().placeId())
                || a.place().text().equalsIgnoreCase(b.place().text());
    }

    private static boolean ownPlace(Event e) {
        Span at = e.place().span();
        return at != null && e.evidence().stream().anyMatch(s -> s.contains(at));
    }

    private static Event absorb(Event into, Event other, boolean fillGaps) {
        List<EventActor> sources = into.sources().isEmpty() && fillGaps ? other.sources() : into.sources();
        List<EventActor> targets = new ArrayList<>(into.targets());
        for (EventActor t : other.type() == into.type() ? other.targets() : List.<EventActor>of()) {
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
                sources, targets, fillGaps && other.place() != null && (into.place() == null
                        && (ownPlace(other) || dated(into) && dated(other))
                        || into.place() != null && !ownPlace(into) && ownPlace(other))
                        ? other.place() : into.place(),
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
