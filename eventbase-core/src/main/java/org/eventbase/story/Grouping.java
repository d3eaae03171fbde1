package org.eventbase.story;

/**
 * The three clusterings story clustering keeps, each a partition into connected components of its links.
 * Example: {@code graph.cluster(Grouping.STORIES, articleId)} is the article's story id.
 */
public enum Grouping {
    /** Near-duplicate articles; a cluster's id is its canonical article (earliest published, then least id). */
    DUPLICATES,
    /** Articles of one story; a cluster's id is its least article id. */
    STORIES,
    /** Event mentions of one real-world event ({@code ARTICLE_ID-evN}); a cluster's id is its least member. */
    EVENTS
}
