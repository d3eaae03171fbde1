package org.eventbase.story;

import org.eventbase.model.CountKind;

/**
 * One figure one source gives for an event: kept as stated, never averaged with others.
 * Example: {@code CountClaim("a1b2-ev3", "a1b2", "Daily Ledger", "2025-03-05", KILLED, 8, 8, "eight", "police")}.
 *
 * @param eventKey  the store-wide id of the event mention stating it ({@code ARTICLE_ID-evN})
 * @param articleId the article stating it
 * @param publisher the article's outlet, or null
 * @param published the article's publication day (ISO), or null
 * @param kind      what is counted
 * @param min       the lowest number the text allows
 * @param max       the highest, or null when open-ended ("at least 8")
 * @param text      the figure as written
 * @param claimant  who states it as written, or null when the article says it in its own voice
 */
public record CountClaim(String eventKey, String articleId, String publisher, String published, CountKind kind,
        int min, Integer max, String text, String claimant) {

    /** The figure as a comparable label: {@code 8}, {@code 8-12}, {@code 8+}. */
    public String figure() {
        if (max == null) {
            return min + "+";
        }
        return max == min ? String.valueOf(min) : min + "-" + max;
    }
}
