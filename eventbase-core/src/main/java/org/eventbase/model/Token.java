package org.eventbase.model;

/**
 * One token of the clean text with its tags. Offsets are into {@link Article#text()}.
 * Example: {@code Token(3, "Berg", 412, 416, "NNP", "Berg", "PERSON")}; {@code ner} is "O" outside entities.
 *
 * @param index index of the token within its sentence, from 0
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner) {}
