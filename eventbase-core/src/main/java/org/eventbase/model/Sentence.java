package org.eventbase.model;

import java.util.List;

/** One sentence of the clean text and its tokens. Example: {@code text.substring(s.start(), s.end())}. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
