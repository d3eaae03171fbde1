package org.eventbase.eval.event;

import java.util.List;

/**
 * The outcome of matching one article's predicted events to its gold events. Example: two gold events, three
 * predicted, one pair: one gold event missed and two predicted events spurious.
 *
 * @param pairs    gold and predicted events matched one to one
 * @param missed   gold events no predicted event matched
 * @param spurious predicted events that matched no gold event
 */
public record EventMatching(List<Pair> pairs, List<GoldEvent> missed, List<PredictedEvent> spurious) {
    public EventMatching {
        pairs = List.copyOf(pairs);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    /** One gold event and the predicted event matched to it. */
    public record Pair(GoldEvent gold, PredictedEvent predicted) {}
}
