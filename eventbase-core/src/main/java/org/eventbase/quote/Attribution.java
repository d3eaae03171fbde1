package org.eventbase.quote;

/**
 * Who the text says spoke a passage, as token positions, before mapping to entities.
 * Example: in {@code “No,” Ana Berg told Radio Nord.} the speaker tokens cover "Ana Berg" (a NAME), the verb is
 * "tell" and the channel "Radio Nord".
 *
 * @param speakerFrom first token of the speaker's words, inclusive
 * @param speakerTo   last token of the speaker's words, inclusive
 */
record Attribution(int verbToken, String verb, int speakerFrom, int speakerTo, SpeakerForm form, String channel) {
    /** How the speaker is named. */
    enum SpeakerForm { NAME, PRONOUN, DESCRIPTION }
}
