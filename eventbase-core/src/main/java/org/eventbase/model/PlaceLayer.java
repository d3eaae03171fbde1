package org.eventbase.model;

import java.util.List;
import java.util.Optional;

/**
 * The places layer: every toponym of the article, resolved or not, in order of first mention.
 * Example: {@code layer.byEntity("e4")} finds the place that entity e4 ("Valparaíso") resolves to.
 */
public record PlaceLayer(List<Place> places) {
    public PlaceLayer {
        places = List.copyOf(places);
    }

    /** The place an entity resolves to, if any. */
    public Optional<Place> byEntity(String entityId) {
        return places.stream().filter(p -> entityId != null && entityId.equals(p.entityId())).findFirst();
    }

    /** The place with a mention covering {@code span}, if any. */
    public Optional<Place> covering(Span span) {
        return places.stream()
                .filter(p -> p.mentions().stream().anyMatch(m -> m.span().overlaps(span)))
                .findFirst();
    }
}
