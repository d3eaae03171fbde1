package org.eventbase.model;

import java.util.List;

/** The events layer: every coded {@link Event} of the article in text order. */
public record EventLayer(List<Event> events) {
    public EventLayer {
        events = List.copyOf(events);
    }
}
