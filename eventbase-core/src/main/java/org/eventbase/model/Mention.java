package org.eventbase.model;

/**
 * One occurrence of an entity in the clean text. Example: {@code new Mention(412, 416, "Berg")}.
 */
public record Mention(int start, int end, String text) {
    public Span span() {
        return new Span(start, end);
    }
}
