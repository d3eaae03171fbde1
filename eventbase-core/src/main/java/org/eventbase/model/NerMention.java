package org.eventbase.model;

/**
 * A run of tokens the named-entity recogniser tagged with one type, before document-level merging.
 * Example: {@code NerMention(2, 4, 6, 420, 436, "Anna-Lise Berg", "PERSON")}.
 *
 * @param sentence   sentence index
 * @param tokenStart first token index in the sentence (inclusive)
 * @param tokenEnd   last token index (exclusive)
 * @param type       the recogniser's fine-grained type: PERSON, ORGANIZATION, COUNTRY, CITY, NATIONALITY, TITLE, …
 */
public record NerMention(int sentence, int tokenStart, int tokenEnd, int start, int end, String text, String type) {}
