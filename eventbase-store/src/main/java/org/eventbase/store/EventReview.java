package org.eventbase.store;

import java.util.Map;

/**
 * One verdict on an event, as given and as kept in the audit log. Example: {@code new EventReview(key,
 * ReviewStatus.CORRECTED, Map.of("type", "COERCE"), "amina", "police fired, not a march", "2026-12-01T01:50:00Z", 2)}.
 *
 * @param corrected  the corrected fields (names from {@link EventCorrection#FIELDS}) and their new values; empty
 *                   unless the status is {@code CORRECTED}
 * @param reviewedAt when, ISO instant (set by the store)
 * @param revision   1 for an event's first review, then 2, 3, … (set by the store)
 */
public record EventReview(EventKey event, ReviewStatus status, Map<String, String> corrected, String reviewer,
        String reason, String reviewedAt, int revision) {
    public EventReview {
        corrected = Map.copyOf(corrected);
    }

    /** A verdict to store; the store sets the time and revision. */
    public static EventReview of(EventKey event, ReviewStatus status, Map<String, String> corrected, String reviewer,
            String reason) {
        return new EventReview(event, status, corrected, reviewer, reason, null, 0);
    }
}
