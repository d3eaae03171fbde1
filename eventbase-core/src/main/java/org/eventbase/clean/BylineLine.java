package org.eventbase.clean;

import java.util.regex.Pattern;

/**
 * The shape of a byline line: "By" and capitalised names, optionally followed by a role or place.
 * Example: {@code "By Ann Lee and Omar Diaz, Reuters"} matches with group 1 "Ann Lee and Omar Diaz".
 */
final class BylineLine {
    static final Pattern PATTERN = Pattern.compile(
            "^(?i:by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|da|van|von|der|al|bin|la|le))*)"
                    + "(?:\\s*(?:,|\\||–|—|-|\\bin\\b)\\s*.{0,60})?$");

    private BylineLine() {}
}
