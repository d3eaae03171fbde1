package org.eventbase.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventbase.model.EntityKind;

/**
 * Whom a role belongs to: a name as written and, when it is an entity of the article, its id.
 * Example: "Belarusian" in "the Belarusian president" gives {@code RoleOwner("Belarus", "e5")} when Belarus is
 * mentioned, else {@code RoleOwner("Belarus", null)}.
 */
record RoleOwner(String name, String entityId) {

    /** The owner a mention names: a person by their full name ("Berg's" gives "Ana Berg"), anything else as written. */
    static RoleOwner of(IdentifiedMention mention) {
        String name = mention.kind() == EntityKind.PERSON ? mention.entityName() : mention.text();
        return new RoleOwner(name, mention.entityId());
    }

    /**
     * The organisation a definite noun stands for: "federation" in "the federation's general secretary" is the one
     * entity of the article whose name has the word "Federation"; empty when none or several have it.
     */
    static Optional<RoleOwner> ofDefiniteNoun(String noun, Map<String, String> entityIdsByName) {
        String word = noun.isEmpty() ? "" : Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        List<Map.Entry<String, String>> named = entityIdsByName.entrySet().stream()
                .filter(e -> !e.getKey().equals(word) && List.of(e.getKey().split("\\s+")).contains(word))
                .toList();
        return named.size() == 1 && !word.isEmpty()
                ? Optional.of(new RoleOwner(named.get(0).getKey(), named.get(0).getValue())) : Optional.empty();
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
