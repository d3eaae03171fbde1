package org.eventbase.entity;

import org.eventbase.model.EntityKind;

/**
 * A candidate mention of a named entity, before mentions are grouped into entities.
 * Example: the bare "NFC" after "Nordic Fisheries Council (NFC)" is
 * {@code NameMention(3, 17, 18, 240, 243, "NFC", "ORGANIZATION", ORGANIZATION, "Nordic Fisheries Council")}.
 *
 * @param tag the NER tag it came from (or the tag it was given, for acronyms)
 * @param key the name it is grouped under: its own text, or the expansion an acronym stands for
 */
record NameMention(int sentence, int tokenStart, int tokenEnd, int start, int end, String text, String tag,
                   EntityKind kind, String key) {

    NameMention withKey(String newKey) {
        return new NameMention(sentence, tokenStart, tokenEnd, start, end, text, tag, kind, newKey);
    }

    NameMention withKind(EntityKind newKind) {
        return new NameMention(sentence, tokenStart, tokenEnd, start, end, text, tag, newKind, key);
    }

    boolean overlaps(NameMention other) {
        return start < other.end && other.start < end;
    }
}
