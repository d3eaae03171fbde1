package org.eventbase.eval.event;

import java.util.List;

/**
 * What the system made of one gold article: its clean text (where predicted evidence spans point) and its events.
 * Example: {@code new ArticlePrediction(cleanText, List.of(protest), true)}.
 *
 * @param text        the article's clean text
 * @param events      the predicted events, empty when the pipeline has no events layer
 * @param eventsLayer whether the pipeline produced an events layer at all
 */
public record ArticlePrediction(String text, List<PredictedEvent> events, boolean eventsLayer) {
    public ArticlePrediction {
        events = List.copyOf(events);
    }
}
