package org.eventbase.store;

/**
 * One event as the {@code events} query lists it: flat, for a table or CSV row.
 * Example: {@code 5d0c9a1e2b7f4a10-ev1 PROTEST demo 2023-03-14 Valparaíso CL dockers → — "Hundreds of dockers marched …"}.
 *
 * @param dayFrom  first day the event may have happened (ISO), or null when unknown
 * @param dayTo    last such day
 * @param sources  the sources' texts joined by "; "
 * @param targets  the targets' texts joined by "; "
 * @param claimant who asserts it, or null in the article's own voice
 * @param evidence the evidence sentences' text joined by " "
 */
public record EventRow(String id, String articleId, String eventId, String type, String mode, String dayFrom,
        String dayTo, String place, String countryCode, Double lat, Double lon, String sources, String targets,
        String claimant, String trigger, double confidence, String evidence, String articleTitle, String url) {}
