package org.eventbase.pipeline;

import java.util.Objects;

/**
 * The typed name of a layer a stage adds to a {@link Document}. Example: {@code Layers.ENTITIES}.
 */
public final class LayerKey<T> {
    private final String name;
    private final Class<T> type;

    public LayerKey(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public String name() {
        return name;
    }

    public T cast(Object value) {
        return type.cast(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
