package org.eventbase.eval.ner;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Micro-averaged entity-level exact-match scores, per type and overall, as conlleval computes them: counts are
 * summed over all documents before precision and recall are taken. Example:
 * {@code NerScore.EMPTY.plus(gold, predicted).overall().f1()}.
 *
 * @param byType counts per entity type, types in alphabetical order
 */
public record NerScore(Map<String, TypeScore> byType) {
    public static final NerScore EMPTY = new NerScore(Map.of());

    public NerScore {
        byType = Collections.unmodifiableMap(new TreeMap<>(byType));
    }

    /** This score with one document's gold and predicted entities counted in; duplicate predictions count once. */
    public NerScore plus(Collection<EntitySpan> gold, Collection<EntitySpan> predicted) {
        Set<EntitySpan> goldSet = new HashSet<>(gold);
        Set<EntitySpan> predictedSet = new HashSet<>(predicted);
        Map<String, TypeScore> next = new TreeMap<>(byType);
        for (EntitySpan p : predictedSet) {
            TypeScore add = goldSet.contains(p) ? new TypeScore(1, 0, 0) : new TypeScore(0, 1, 0);
            next.merge(p.type(), add, TypeScore::plus);
        }
        for (EntitySpan g : goldSet) {
            if (!predictedSet.contains(g)) {
                next.merge(g.type(), new TypeScore(0, 0, 1), TypeScore::plus);
            }
        }
        return new NerScore(next);
    }

    public TypeScore overall() {
        return byType.values().stream().reduce(TypeScore.ZERO, TypeScore::plus);
    }

    /** The score of one type, zero when it never occurred. */
    public TypeScore of(String type) {
        return byType.getOrDefault(type, TypeScore.ZERO);
    }

    /** The four CoNLL-2003 types, then any other type seen, alphabetically. */
    public List<String> types() {
        Set<String> types = new LinkedHashSet<>(List.of("PER", "LOC", "ORG", "MISC"));
        types.addAll(byType.keySet());
        return List.copyOf(types);
    }
}
