package org.eventbase.eval.ner;

/**
 * One system's NER score in a side-by-side run. Example: {@code new SystemScore("corenlp-ner", score)}.
 */
public record SystemScore(String system, NerScore score) {}
