package org.eventbase.quote;

import org.eventbase.model.Span;

/**
 * The speaker of one quote as resolved: an entity id, or null with the reason.
 * Example: {@code new Speaker("e1", "she", span, null)} for a pronoun resolved to e1;
 * {@code new Speaker(null, "a police officer", span, "unnamed speaker")}.
 */
record Speaker(String entityId, String text, Span span, String reason) {
    static final String NO_ATTRIBUTION = "no attribution found";
    static final String AMBIGUOUS_PRONOUN = "ambiguous pronoun";
    static final String UNNAMED = "unnamed speaker";

    static Speaker none(String reason) {
        return new Speaker(null, null, null, reason);
    }

    boolean named() {
        return entityId != null || text != null;
    }
}
