package org.eventbase.eval.event;

import java.util.List;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventType;

/**
 * One annotated event of a gold article (see docs/evaluation.md, "Event gold set"). Example: the sentence
 * "Police arrested 40 students in Dhaka on Monday" gives a COERCE event, mode {@code arrest}, ACLED
 * "Strategic developments / Arrests", source police, target students, a count ARRESTED 40..40.
 *
 * @param id        {@code e1}, {@code e2}, … within the article
 * @param eventKey  names the real-world event across articles, for story and event merging
 * @param type      the PLOVER type
 * @param mode      the PLOVER mode, or null
 * @param acled     the ACLED event type and sub-event type, or null when the event has none
 * @param sources   who acts
 * @param targets   who is acted on
 * @param place     where, or null
 * @param date      when, or null
 * @param counts    the event's figures
 * @param modality  hypothetical, negated, historical, reported
 * @param claimant  who asserts the event as written, or null
 * @param evidence  the sentence stating the event, verbatim from the article text
 */
public record GoldEvent(
        String id,
        String eventKey,
        EventType type,
        String mode,
        AcledCategory acled,
        List<ActorValue> sources,
        List<ActorValue> targets,
        PlaceValue place,
        DateValue date,
        List<CountValue> counts,
        EventModality modality,
        String claimant,
        String evidence) {
    public GoldEvent {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        counts = List.copyOf(counts);
    }
}
