package org.eventbase.eval.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eventbase.model.AcledCategory;
import org.eventbase.model.Count;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.EventModality;
import org.eventbase.model.EventType;
import org.eventbase.model.Place;
import org.eventbase.model.Span;

/**
 * A system's event flattened to what the scorer compares: the model {@link Event} with its counts and its
 * place's country looked up. Example: {@code PredictedEvent.of(event, counts, places)}.
 *
 * @param type     the PLOVER type
 * @param mode     the PLOVER mode, or null
 * @param acled    the ACLED category, or null
 * @param sources  who acts
 * @param targets  who is acted on
 * @param place    where, or null
 * @param date     when, or null
 * @param counts   the event's figures
 * @param modality its flags
 * @param evidence the sentence span(s) stating it, in the article's clean text
 */
public record PredictedEvent(
        EventType type,
        String mode,
        AcledCategory acled,
        List<ActorValue> sources,
        List<ActorValue> targets,
        PlaceValue place,
        DateValue date,
        List<CountValue> counts,
        EventModality modality,
        List<Span> evidence) {
    public PredictedEvent {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        counts = List.copyOf(counts);
        evidence = List.copyOf(evidence);
        modality = modality == null ? EventModality.ASSERTED : modality;
    }

    /** Flattens {@code event}, resolving its count ids in {@code counts} and its place id in {@code places}. */
    public static PredictedEvent of(Event event, List<Count> counts, List<Place> places) {
        Map<String, Count> countById = counts.stream().collect(Collectors.toMap(Count::id, Function.identity(),
                (a, b) -> a));
        List<CountValue> figures = new ArrayList<>();
        for (String id : event.countIds()) {
            Count c = countById.get(id);
            if (c != null) {
                figures.add(new CountValue(c.kind(), c.min(), c.max(), c.text(),
                        c.claimant() == null ? null : c.claimant().name()));
            }
        }
        PlaceValue place = null;
        if (event.place() != null) {
            Place resolved = places.stream().filter(p -> p.id().equals(event.place().placeId())).findFirst()
                    .orElse(null);
            place = new PlaceValue(event.place().text(), resolved == null ? null : resolved.countryCode(),
                    resolved == null ? null : resolved.lat(), resolved == null ? null : resolved.lon());
        }
        DateValue date = event.time() == null || event.time().value() == null ? null
                : new DateValue(event.time().value(), event.time().precision());
        return new PredictedEvent(event.type(), event.mode(), event.acled(), actors(event.sources()),
                actors(event.targets()), place, date, figures, event.modality(), event.evidence());
    }

    private static List<ActorValue> actors(List<EventActor> actors) {
        return actors.stream().map(a -> new ActorValue(a.text(), a.kind())).toList();
    }
}
