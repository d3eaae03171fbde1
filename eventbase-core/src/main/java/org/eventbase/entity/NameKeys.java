package org.eventbase.entity;

/**
 * The form a name is compared in: whitespace collapsed, typographic apostrophes and dashes made plain.
 * Example: {@code NameKeys.of("Anna-Lise\nBerg")} is {@code "Anna-Lise Berg"}.
 */
final class NameKeys {
    private NameKeys() {}

    static String of(String surface) {
        return surface.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('‐', '-')
                .replaceAll("\\s+", " ").trim();
    }

    /** The words of a name, split on spaces: {@code "Anna-Lise Berg"} has two. */
    static String[] words(String key) {
        return key.isEmpty() ? new String[0] : key.split(" ");
    }
}
