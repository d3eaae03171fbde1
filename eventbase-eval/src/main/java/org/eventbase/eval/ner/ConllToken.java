package org.eventbase.eval.ner;

/**
 * One token of a CoNLL-2003 file with its gold IOB1 entity tag. Example: {@code new ConllToken("Japan", "I-LOC")}.
 */
public record ConllToken(String text, String tag) {}
