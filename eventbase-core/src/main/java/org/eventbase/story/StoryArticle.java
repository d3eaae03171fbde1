package org.eventbase.story;

/**
 * One article of a story. Example: {@code StoryArticle("9c01", "Marchers defy ban in Salto", "Portal Sur",
 * "2025-03-05", "3f2a")} is a syndicated copy of article 3f2a.
 *
 * @param articleId its id
 * @param title     its headline, or null
 * @param publisher its outlet, or null
 * @param published its publication day, or null
 * @param canonical the canonical article of its near-duplicates (itself when it has none)
 */
public record StoryArticle(String articleId, String title, String publisher, String published, String canonical) {

    public boolean duplicate() {
        return !canonical.equals(articleId);
    }
}
