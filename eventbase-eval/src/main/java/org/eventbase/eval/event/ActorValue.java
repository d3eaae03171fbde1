package org.eventbase.eval.event;

import org.eventbase.model.ActorKind;

/**
 * An event party as written, gold or predicted. Example: {@code new ActorValue("riot police", STATE_FORCES)}.
 *
 * @param text the actor as written in the article
 * @param kind what kind of party it is, or null when unknown
 */
public record ActorValue(String text, ActorKind kind) {}
