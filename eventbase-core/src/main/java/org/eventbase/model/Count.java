package org.eventbase.model;

/**
 * A number of people killed, injured, arrested, missing, displaced, taking part or affected, as the article states
 * it. Example: "at least 16 protesters were shot dead, police said" gives
 * {@code Count("c1", KILLED, 16, null, "at least 16", span, "protesters", claimant(police), sentence, false)}.
 *
 * Conventions: "at least N" → min N, max null; "more than N" → min N+1; "about N" → min N; a plain N → min = max = N;
 * "between A and B" → A..B; "dozens" → min 24; "hundreds" → min 200; "thousands" → min 2000;
 * "tens of thousands" → min 20000.
 *
 * @param id        {@code c1}, {@code c2}, … in text order
 * @param min       the lowest number the text allows
 * @param max       the highest, or null when open-ended ("at least 16")
 * @param text      the number as written ("at least 16", "dozens", "eight")
 * @param span      where {@code text} is
 * @param victims   who is counted, as written ("police officers and soldiers"), or null
 * @param claimant  who states the figure, or null when the article states it in its own voice
 * @param evidence  the sentence holding the count
 * @param historical true when the count belongs to a background event ("the 2011 crackdown, in which 16 died")
 */
public record Count(
        String id,
        CountKind kind,
        int min,
        Integer max,
        String text,
        Span span,
        String victims,
        Claimant claimant,
        Span evidence,
        boolean historical) {}
