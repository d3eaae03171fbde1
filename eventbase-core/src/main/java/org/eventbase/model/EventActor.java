package org.eventbase.model;

/**
 * One party of an event, as source (who acts) or target (who is acted on).
 * Example: "Riot police fired tear gas at dockers" gives source {@code EventActor("riot police", null, span,
 * STATE_FORCES)} and target {@code EventActor("dockers", null, span, PROTESTERS)}.
 *
 * @param text     the actor as written
 * @param entityId the entity it refers to, or null for unnamed actors ("protesters", "gunmen")
 * @param span     where {@code text} is
 * @param kind     what kind of party it is
 */
public record EventActor(String text, String entityId, Span span, ActorKind kind) {}
