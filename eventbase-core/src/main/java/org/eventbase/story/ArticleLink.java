package org.eventbase.story;

/**
 * A link between two articles: near-duplicates, or only about the same story. {@code a} sorts before {@code b}.
 * Example: {@code ArticleLink("3f2a", "9c01", true, 0.84, 5)} links a syndicated copy to its original.
 *
 * @param a           one article id
 * @param b           the other, sorting after {@code a}
 * @param duplicate   true when the texts are near-duplicates
 * @param similarity  estimated Jaccard similarity of their shingles
 * @param sharedNames how many salient names and places they share
 */
public record ArticleLink(String a, String b, boolean duplicate, double similarity, int sharedNames) {}
