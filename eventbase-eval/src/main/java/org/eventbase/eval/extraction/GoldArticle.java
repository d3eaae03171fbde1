package org.eventbase.eval.extraction;

/**
 * One page's gold main text from an article-extraction ground-truth file.
 * Example: {@code new GoldArticle("042bb7b5", "Rain closed the port on Monday.", "https://example.org/port")}.
 *
 * @param id   the page id; its HTML is {@code <id>.html.gz} or {@code <id>.html}
 * @param body the gold article body ({@code articleBody})
 * @param url  the page's URL, or null
 */
public record GoldArticle(String id, String body, String url) {}
