package org.eventbase.nlp;

/**
 * One typed dependency between two tokens of a sentence, by token index within the sentence (from 0; the root's
 * governor is -1). Example: in "Police arrested two men", {@code Dependency(1, 0, "nsubj")} and
 * {@code Dependency(1, 3, "obj")}.
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  the Universal Dependencies relation as CoreNLP names it ({@code nsubj}, {@code nsubj:pass},
 *                  {@code obj}, {@code obl}, {@code obl:agent}, {@code nmod}, {@code case}, …)
 */
public record Dependency(int governor, int dependent, String relation) {}
