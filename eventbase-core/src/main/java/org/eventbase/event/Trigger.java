package org.eventbase.event;

import org.eventbase.model.EventType;

/**
 * A word (or words) of a sentence that can state an event, with the PLOVER type and mode it gives.
 * Example: in "Police arrested two men", {@code Trigger(1, 2, COERCE, "arrest", true)} covers "arrested".
 *
 * @param first index of the trigger's first token in the sentence
 * @param end   index after its last token ("set on fire" spans three)
 * @param verb  true for a verb trigger, false for a noun ("ceasefire", "protests", "state of emergency")
 */
record Trigger(int first, int end, EventType type, String mode, boolean verb) {
    /** The token that heads the trigger in a parse: the verb, or the noun of a phrase ("gas" of "tear gas", "state"
     * of "state of emergency"). */
    int head() {
        if (verb || end - first == 1) {
            return first;
        }
        return end - first > 2 && end - first <= 4 ? first : end - 1;
    }
}
