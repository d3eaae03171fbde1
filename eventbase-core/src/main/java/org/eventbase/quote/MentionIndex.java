package org.eventbase.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Mention;

/**
 * Finds which entity a stretch of text mentions, through the entity layer's mentions.
 * Example: with "Ana Berg" mentioned at 40–48 as e1, {@code entityAt(44, 48)} is e1.
 */
final class MentionIndex {
    private record Located(Mention mention, Entity entity) {}

    private final List<Located> mentions = new ArrayList<>();

    MentionIndex(EntityLayer layer) {
        for (Entity e : layer.entities()) {
            for (Mention m : e.mentions()) {
                mentions.add(new Located(m, e));
            }
        }
    }

    /** The entity with a mention overlapping {@code [start, end)}, preferring the one that covers {@code end}. */
    Optional<Entity> entityAt(int start, int end) {
        Entity best = null;
        for (Located l : mentions) {
            if (l.mention().start() < end && start < l.mention().end()) {
                if (l.mention().end() >= end || best == null) {
                    best = l.entity();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first mention of entity {@code id} inside {@code [start, end)}, if any. */
    Optional<Mention> mentionIn(String id, int start, int end) {
        return mentions.stream()
                .filter(l -> l.entity().id().equals(id) && start <= l.mention().start() && l.mention().end() <= end)
                .map(Located::mention)
                .findFirst();
    }

    /** Distinct people mentioned inside {@code [start, end)}, in order of mention. */
    List<Entity> peopleIn(int start, int end, List<int[]> excluded) {
        List<Entity> people = new ArrayList<>();
        for (Located l : mentions) {
            Mention m = l.mention();
            if (l.entity().kind() == EntityKind.PERSON && start <= m.start() && m.end() <= end
                    && excluded.stream().noneMatch(x -> x[0] <= m.start() && m.start() < x[1])
                    && !people.contains(l.entity())) {
                people.add(l.entity());
            }
        }
        return people;
    }
}
