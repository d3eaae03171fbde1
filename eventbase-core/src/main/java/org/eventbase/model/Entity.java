package org.eventbase.model;

import java.util.List;

/**
 * One real-world referent in one article, with every mention of it.
 * Example: {@code Entity("e2", "Ana Berg", PERSON, ["Berg"], [foreign minister of Norway], [], mentions)}.
 *
 * @param id      id within the article ({@code e1}, {@code e2}, … in order of first mention)
 * @param name    canonical name: the fullest form used in the article
 * @param aliases other names for it in the article, acronyms included ("NFC")
 */
public record Entity(
        String id,
        String name,
        EntityKind kind,
        List<String> aliases,
        List<Role> roles,
        List<Attribute> attributes,
        List<Mention> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        attributes = List.copyOf(attributes);
        mentions = List.copyOf(mentions);
    }
}
