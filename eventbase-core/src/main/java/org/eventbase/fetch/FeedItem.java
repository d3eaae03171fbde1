package org.eventbase.fetch;

/**
 * One entry of an RSS or Atom feed: the link to its page and what the feed says about it (any field but the link
 * may be null). Example: {@code new FeedItem("https://example.org/a", "Port closes", "Ann Lee", "2026-03-14T09:30:00Z")}.
 *
 * @param published ISO-8601 instant, from the item's published (else updated) date
 */
public record FeedItem(String link, String title, String author, String published) {}
