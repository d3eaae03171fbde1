package org.eventbase.store;

import org.eventbase.model.EventType;

/**
 * Which events {@link Store#events} returns; null fields do not filter. Days are ISO dates compared with the event's
 * day range (an event of "last week" matches any day of that week); the place filter is a case-insensitive
 * substring, the actor and text filters match words (every word required, stemmed; "quoted words" as a phrase).
 * Example: {@code EventFilter.ALL.withType(EventType.PROTEST).withCountry("CL").withDays("2023-03-01", "2023-03-31")}.
 *
 * @param country ISO 3166-1 alpha-2 code of the event's place
 * @param place   part of the place's name as written or as in the gazetteer
 * @param actor   words of a source's or target's text or entity name
 * @param text    words of an evidence sentence
 * @param limit   most rows returned
 * @param review  {@code unreviewed}, {@code reviewed}, or a {@link ReviewStatus} label ({@code rejected})
 * @param story   a story id (or the id of any article of it): only that story's events
 */
public record EventFilter(String fromDay, String toDay, String country, BoundingBox bbox, String place,
        String actor, EventType type, String text, int limit, String review, String story) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, 1000, null);

    /** The filter without a story (the fields before stories were added). */
    public EventFilter(String fromDay, String toDay, String country, BoundingBox bbox, String place, String actor,
            EventType type, String text, int limit, String review) {
        this(fromDay, toDay, country, bbox, place, actor, type, text, limit, review, null);
    }

    public EventFilter withStory(String storyId) {
        return new EventFilter(fromDay, toDay, country, bbox, place, actor, type, text, limit, review, storyId);
    }

    /** Filter values of {@link #review}. */
    public static final java.util.List<String> REVIEW_VALUES = java.util.List.of("unreviewed", "reviewed",
            "accepted", "corrected", "rejected");

    public EventFilter withReview(String state) {
        return new EventFilter(fromDay, toDay, country, bbox, place, actor, type, text, limit, state, story);
    }

    public EventFilter withDays(String from, String to) {
        return new EventFilter(from, to, country, bbox, place, actor, type, text, limit, review, story);
    }

    public EventFilter withCountry(String code) {
        return new EventFilter(fromDay, toDay, code, bbox, place, actor, type, text, limit, review, story);
    }

    public EventFilter withBbox(BoundingBox box) {
        return new EventFilter(fromDay, toDay, country, box, place, actor, type, text, limit, review, story);
    }

    public EventFilter withPlace(String name) {
        return new EventFilter(fromDay, toDay, country, bbox, name, actor, type, text, limit, review, story);
    }

    public EventFilter withActor(String name) {
        return new EventFilter(fromDay, toDay, country, bbox, place, name, type, text, limit, review, story);
    }

    public EventFilter withType(EventType eventType) {
        return new EventFilter(fromDay, toDay, country, bbox, place, actor, eventType, text, limit, review, story);
    }

    public EventFilter withText(String words) {
        return new EventFilter(fromDay, toDay, country, bbox, place, actor, type, words, limit, review, story);
    }

    public EventFilter withLimit(int rows) {
        return new EventFilter(fromDay, toDay, country, bbox, place, actor, type, text, rows, review, story);
    }
}
