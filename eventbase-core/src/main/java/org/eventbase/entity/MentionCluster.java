package org.eventbase.entity;

import java.util.List;
import org.eventbase.model.EntityKind;

/**
 * Mentions judged to name one referent, in text order, with the kind and canonical name decided for them.
 * Example: {@code MentionCluster("Ana Berg", PERSON, [Ana Berg, Berg, Berg])}.
 */
record MentionCluster(String name, EntityKind kind, List<NameMention> mentions) {
    MentionCluster {
        mentions = List.copyOf(mentions);
    }

    int firstStart() {
        return mentions.get(0).start();
    }
}
