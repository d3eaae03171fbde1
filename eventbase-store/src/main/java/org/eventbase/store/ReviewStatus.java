package org.eventbase.store;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * A reviewer's verdict on a machine-coded event. Example: {@code ReviewStatus.parse("corrected")} is
 * {@link #CORRECTED}.
 */
public enum ReviewStatus {
    ACCEPTED, CORRECTED, REJECTED;

    /** The lower-case name stored, shown and written in JSON ({@code accepted}). */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewStatus> parse(String value) {
        for (ReviewStatus s : values()) {
            if (s.label().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
