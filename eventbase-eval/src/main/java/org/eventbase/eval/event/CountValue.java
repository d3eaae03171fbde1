package org.eventbase.eval.event;

import org.eventbase.model.CountKind;

/**
 * A casualty, arrest or turnout figure of an event, gold or predicted, with the conventions of
 * {@link org.eventbase.model.Count} ("at least 16" → min 16, max null). Example:
 * {@code new CountValue(KILLED, 16, null, "at least 16", "the interior ministry")}.
 *
 * @param kind      what is counted
 * @param min       the lowest number the text allows
 * @param max       the highest, or null when open-ended
 * @param text      the number as written, or null
 * @param claimedBy who states the figure as written, or null when the article states it in its own voice
 */
public record CountValue(CountKind kind, int min, Integer max, String text, String claimedBy) {
    /** Same kind, min and max. */
    public boolean sameFigure(CountValue other) {
        return kind == other.kind && min == other.min && java.util.Objects.equals(max, other.max);
    }
}
