package org.eventbase.eval.event;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eventbase.model.Event;

/**
 * Picks the one event that stands for a snippet when the pipeline codes several: among events with an ACLED
 * category that are asserted (not negated, hypothetical or historical), the most confident, the earliest on ties;
 * failing that, any event with an ACLED category, by the same order. Example: "Troops shelled Kharkiv after talks
 * failed" codes an ASSAULT (shelling) and a negated AGREE; the shelling is chosen.
 */
public final class EventTypeChoice {
    private EventTypeChoice() {}

    public static Optional<Event> choose(List<Event> events) {
        Comparator<Event> order = Comparator.comparingDouble(Event::confidence).reversed();
        Optional<Event> asserted = events.stream()
                .filter(e -> e.acled() != null)
                .filter(e -> e.modality() == null || !e.modality().negated() && !e.modality().hypothetical()
                        && !e.modality().historical())
                .sorted(order)
                .findFirst();
        return asserted.or(() -> events.stream().filter(e -> e.acled() != null).sorted(order).findFirst());
    }
}
