package org.eventbase.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eventbase.model.Attribute;
import org.eventbase.model.Role;

/**
 * The roles and attributes found for each entity, kept once each: the first evidence for a role or attribute
 * wins, and a role without an owner is dropped when the same title with an owner was found.
 * Example: "Minister Berg" and "Norway's foreign minister Berg" leave one role, foreign minister of Norway.
 */
final class EntityFacts {
    private final Map<String, List<Role>> roles = new HashMap<>();
    private final Map<String, List<Attribute>> attributes = new HashMap<>();
    private final List<NameMention> unrecognisedNames = new ArrayList<>();

    void addRole(String entityId, Role role) {
        roles.computeIfAbsent(entityId, k -> new ArrayList<>()).add(role);
    }

    void addAttribute(String entityId, Attribute attribute) {
        attributes.computeIfAbsent(entityId, k -> new ArrayList<>()).add(attribute);
    }

    /** A name a pattern found that the recogniser missed or split ("Clean Coast, Norway" after "movement"). */
    void addUnrecognisedName(NameMention name) {
        unrecognisedNames.add(name);
    }

    List<NameMention> unrecognisedNames() {
        return List.copyOf(unrecognisedNames);
    }

    List<Role> rolesOf(String entityId) {
        List<Role> found = roles.getOrDefault(entityId, List.of());
        Map<String, Role> kept = new LinkedHashMap<>();
        for (Role role : found) {
            boolean ownedElsewhere = role.of() == null && found.stream()
                    .anyMatch(r -> r.of() != null && r.title().equals(role.title()));
            if (!ownedElsewhere) {
                kept.putIfAbsent(role.title() + "\u0000" + Objects.toString(role.of(), ""), role);
            }
        }
        return List.copyOf(kept.values());
    }

    List<Attribute> attributesOf(String entityId) {
        Map<String, Attribute> kept = new LinkedHashMap<>();
        for (Attribute a : attributes.getOrDefault(entityId, List.of())) {
            kept.putIfAbsent(a.name() + "\u0000" + a.value(), a);
        }
        return List.copyOf(kept.values());
    }
}
