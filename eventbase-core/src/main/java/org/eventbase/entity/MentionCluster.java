package org.eventbase.entity;

import java.util.List;
import org.eventbase.model.EntityKind;

/**
 * Mentions judged to name one referent, in text order, with the kind and canonical name decided for them.
 * Example: {@code MentionCluster("Kassym-Jomart Tokayev", PERSON, [Kassym-Jomart Tokayev, Tokayev, Tokayev])}.
 */
record MentionCluster(String name, EntityKind kind, List<NameMention> mentions) {
    MentionCluster {
        mentions = List.copyOf(mentions);
    }

    int firstStart() {
        return mentions.get(0).start();
    }
}
