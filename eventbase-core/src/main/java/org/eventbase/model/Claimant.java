package org.eventbase.model;

/**
 * Who asserts a fact (a count, an event), when the article attributes it to someone rather than stating it in its
 * own voice. Example: "local media cited the interior ministry as saying 8 officers died" gives
 * {@code Claimant("the interior ministry", "e7", "local media", null, span)}.
 *
 * @param name               the claimant as written ("the interior ministry", "police", "Ana Berg")
 * @param entityId           its entity id, or null when it is not an entity of the article
 * @param reportedBy         who relays the claim ("local media", "Reuters"), or null
 * @param reportedByEntityId that relay's entity id, or null
 * @param evidence           the words attributing the claim ("according to police", "cited … as saying")
 */
public record Claimant(String name, String entityId, String reportedBy, String reportedByEntityId, Span evidence) {}
