package org.eventbase.model;

import java.util.List;

/**
 * One coded event: who did what to whom, where, when, with how many casualties, and who says so, backed by the
 * sentence(s) that state it. Example: "Riot police fired tear gas at dockers in Valparaíso on Tuesday, the port
 * authority said" gives a {@code COERCE} event (mode {@code crowd-control}), source riot police
 * ({@code STATE_FORCES}), target dockers ({@code PROTESTERS}), place Valparaíso, the Tuesday's date, claimant
 * the port authority, ACLED "Protests / Protest with intervention".
 *
 * @param id         {@code ev1}, {@code ev2}, … in text order
 * @param type       the PLOVER type
 * @param mode       the PLOVER mode within the type ({@code demo}, {@code riot}, {@code strike}, {@code bombing},
 *                   …; see docs/codebook.md), or null
 * @param acled      the ACLED event type and sub-event type, or null when the event has no ACLED counterpart
 * @param trigger    the word(s) stating the event ("stormed", "ceasefire")
 * @param triggerSpan where {@code trigger} is
 * @param sources    who acts (may be empty when the text does not say)
 * @param targets    who is acted on (may be empty)
 * @param place      where it happened, or null
 * @param time       when it happened, or null
 * @param countIds   ids of the counts (killed, injured, …) that belong to this event
 * @param modality   hypothetical, negated, historical, reported flags
 * @param claimant   who asserts the event, or null when the article states it in its own voice
 * @param confidence how sure the coder is, 0..1
 * @param evidence   the sentence span(s) stating the event
 */
public record Event(
        String id,
        EventType type,
        String mode,
        AcledCategory acled,
        String trigger,
        Span triggerSpan,
        List<EventActor> sources,
        List<EventActor> targets,
        EventPlace place,
        EventTime time,
        List<String> countIds,
        EventModality modality,
        Claimant claimant,
        double confidence,
        List<Span> evidence) {
    public Event {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        countIds = List.copyOf(countIds);
        evidence = List.copyOf(evidence);
    }
}
