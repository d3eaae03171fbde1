package org.eventbase.eval.ner;

/**
 * An entity a system found, as character offsets into the text it was given, with a CoNLL type.
 * Example: {@code new PredictedEntity(0, 5, "LOC")} for "Japan" at the start of the text.
 */
public record PredictedEntity(int start, int end, String type) {}
