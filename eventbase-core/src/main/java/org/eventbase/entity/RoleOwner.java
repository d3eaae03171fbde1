package org.eventbase.entity;

import java.util.Map;
import java.util.Optional;
import org.eventbase.model.EntityKind;

/**
 * Whom a role belongs to: a name as written and, when it is an entity of the article, its id.
 * Example: "Belarusian" in "the Belarusian president" gives {@code RoleOwner("Belarus", "e5")} when Belarus is
 * mentioned, else {@code RoleOwner("Belarus", null)}.
 */
record RoleOwner(String name, String entityId) {

    static RoleOwner of(IdentifiedMention mention) {
        return new RoleOwner(mention.text(), mention.entityId());
    }

    /** The owner a nationality word stands for: its country, found among the article's entities by name. */
    static RoleOwner ofNationality(String adjective, Map<String, String> entityIdsByName) {
        String country = Demonyms.countryOf(adjective);
        return new RoleOwner(country, entityIdsByName.get(country));
    }

    /** The possessor a mention can be: a person, organisation or place, not a nationality or misc name. */
    static Optional<RoleOwner> ifOwnerKind(IdentifiedMention mention) {
        EntityKind k = mention.kind();
        boolean owner = k == EntityKind.PERSON || k == EntityKind.ORGANIZATION || k == EntityKind.GPE
                || k == EntityKind.LOCATION;
        return owner ? Optional.of(of(mention)) : Optional.empty();
    }
}
