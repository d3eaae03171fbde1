package org.eventbase.store;

/**
 * One full-text match: an article (by title or text) or one of its sentences.
 * Example: {@code SearchHit(SENTENCE, "5d0c9a1e2b7f4a10", "Dock workers march …", "2023-03-15", 3,
 * "Hundreds of [dock] [workers] marched …")}.
 *
 * @param sentence the sentence's index in the article, or -1 for an article hit
 * @param snippet  the matching text with matched words in [brackets]
 */
public record SearchHit(Kind kind, String articleId, String title, String published, int sentence, String snippet) {
    /** What matched. */
    public enum Kind { ARTICLE, SENTENCE }
}
