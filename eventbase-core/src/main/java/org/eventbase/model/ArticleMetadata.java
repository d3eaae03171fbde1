package org.eventbase.model;

/**
 * What is known about an article apart from its text, from any source: command-line flags, JSONL fields,
 * HTML meta tags, or cruft lines such as "© Provided by Harbour Daily". Every field may be null.
 * Example: {@code new ArticleMetadata("Title", "https://example.org/a", "Harbour Daily", "portal.example", null, "2023-03-14")}.
 *
 * @param published ISO-8601 date ({@code 2022-01-06}) or date-time with offset ({@code 2022-01-06T09:30:00Z})
 */
public record ArticleMetadata(
        String title, String url, String publisher, String syndicator, String byline, String published) {

    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null);

    /** Field by field, this metadata's value where it has one, otherwise {@code fallback}'s. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        if (fallback == null) {
            return this;
        }
        return new ArticleMetadata(
                first(title, fallback.title),
                first(url, fallback.url),
                first(publisher, fallback.publisher),
                first(syndicator, fallback.syndicator),
                first(byline, fallback.byline),
                first(published, fallback.published));
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
