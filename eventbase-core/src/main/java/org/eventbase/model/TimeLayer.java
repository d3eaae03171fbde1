package org.eventbase.model;

import java.util.List;

/**
 * The times layer: every time expression of the article in text order.
 * Example: {@code layer.times().get(0).value()} is "2022-01-05" for "on Wednesday" in an article of 2022-01-06.
 */
public record TimeLayer(List<TimeRef> times) {
    public TimeLayer {
        times = List.copyOf(times);
    }
}
