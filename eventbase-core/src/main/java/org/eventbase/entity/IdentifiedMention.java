package org.eventbase.entity;

import org.eventbase.model.EntityKind;

/**
 * A name mention with the entity it was grouped into. Example: "Berg" in "Berg's spokesperson" is
 * {@code IdentifiedMention("e7", "Ana Berg", PERSON, mention)}.
 */
record IdentifiedMention(String entityId, String entityName, EntityKind kind, NameMention mention) {
    int tokenStart() {
        return mention.tokenStart();
    }

    int tokenEnd() {
        return mention.tokenEnd();
    }

    String text() {
        return mention.text();
    }
}
