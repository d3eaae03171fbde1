package org.eventbase.clean;

import java.util.List;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.OffsetMap;

/**
 * An article's main text after cleaning, with what was learnt and dropped on the way.
 * Example: a portal page becomes {@code CleanedArticle("Floods close ports", "Heavy rain ...\n\nOfficials said ...",
 * map, new ArticleMetadata(..., "The Daily Example", "portal.example", ...), List.of(new Removal(..., "photo credit", ...)))}.
 *
 * @param title     the headline, or null when none was found
 * @param text      the body without the title: paragraphs separated by one blank line, spaces collapsed, trimmed
 * @param sourceMap maps every offset in {@code text} back to an offset in the raw content
 * @param found     metadata discovered in the content itself (credit lines, meta tags, JSON-LD)
 * @param removals  every dropped piece of the body, in raw order
 */
public record CleanedArticle(
        String title, String text, OffsetMap sourceMap, ArticleMetadata found, List<Removal> removals) {
    public CleanedArticle {
        removals = List.copyOf(removals);
    }
}
