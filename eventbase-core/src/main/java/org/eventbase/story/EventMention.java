package org.eventbase.story;

/**
 * One article's mention of a merged event: its source and evidence. Example: {@code EventMention("a1b2-ev3",
 * "a1b2", "Daily Ledger", "2025-03-05", "Police fired tear gas at marchers in Salto on Tuesday.")}.
 *
 * @param eventKey  the event's store-wide id, {@code ARTICLE_ID-evN}
 * @param articleId the article
 * @param publisher its outlet, or null
 * @param published its publication day, or null
 * @param evidence  the sentence stating the event, or null
 */
public record EventMention(String eventKey, String articleId, String publisher, String published, String evidence) {}
