package org.eventbase.eval.event;

import java.util.List;

/**
 * One article of the event gold set with its annotated events. Example: {@code id "s3-cebu-riot-1"}, split
 * {@code dev}, story {@code s3-cebu-riot}, published {@code 2025-02-11}, two events.
 *
 * @param id             unique id of the article
 * @param split          {@code dev} or {@code test}
 * @param story          the situation the article belongs to (gold cluster), or {@code none} for unrelated ones
 * @param url            its (invented, {@code .example}) URL
 * @param title          the headline
 * @param publisher      the invented outlet
 * @param published      publication date, ISO 8601
 * @param syndicatedFrom the id of the article this one is a syndicated copy of, or null
 * @param text           the article text as a reader would get it (syndicated copies keep their portal cruft)
 * @param events         the gold events in text order
 */
public record GoldEventArticle(
        String id,
        String split,
        String story,
        String url,
        String title,
        String publisher,
        String published,
        String syndicatedFrom,
        String text,
        List<GoldEvent> events) {
    public GoldEventArticle {
        events = List.copyOf(events);
    }
}
