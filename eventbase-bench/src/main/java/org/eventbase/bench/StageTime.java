package org.eventbase.bench;

/**
 * Total wall time one stage (or one CoreNLP annotator) spent over a profiled corpus.
 * Example: {@code new StageTime("nlp: ner", 4_200_000_000L)}.
 */
public record StageTime(String stage, long nanos) {}
