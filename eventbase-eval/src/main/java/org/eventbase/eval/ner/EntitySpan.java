package org.eventbase.eval.ner;

/**
 * An entity as a run of tokens in one sentence, with its type; two spans match when all four fields are equal.
 * Example: {@code new EntitySpan(0, 2, 5, "LOC")} is tokens 2, 3 and 4 of the first sentence ("United Arab Emirates").
 *
 * @param start first token (inclusive)
 * @param end   last token (exclusive)
 * @param type  PER, LOC, ORG or MISC
 */
public record EntitySpan(int sentence, int start, int end, String type) {}
