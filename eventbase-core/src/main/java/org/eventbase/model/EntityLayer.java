package org.eventbase.model;

import java.util.List;

/** The entities layer: one {@link Entity} per referent, ordered by first mention. */
public record EntityLayer(List<Entity> entities) {
    public EntityLayer {
        entities = List.copyOf(entities);
    }
}
