package org.eventbase.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The basic dependency tree of one sentence, with lookups by head and by dependent.
 * Example: for "Police arrested two men", {@code children(1, "obj")} is {@code [3]} and {@code head(0)} is 1.
 */
public final class DependencyGraph {
    private final int size;
    private final List<Dependency> dependencies;

    public DependencyGraph(int size, List<Dependency> dependencies) {
        this.size = size;
        this.dependencies = List.copyOf(dependencies);
    }

    public int size() {
        return size;
    }

    public List<Dependency> dependencies() {
        return dependencies;
    }

    /** Dependents of {@code governor} whose relation is {@code relation} or a subtype of it ("obl" matches "obl:tmod"). */
    public List<Integer> children(int governor, String relation) {
        List<Integer> found = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor && (d.relation().equals(relation)
                    || d.relation().startsWith(relation + ":"))) {
                found.add(d.dependent());
            }
        }
        return found;
    }

    /** Every dependency whose governor is {@code governor}. */
    public List<Dependency> out(int governor) {
        return dependencies.stream().filter(d -> d.governor() == governor).toList();
    }

    /** The dependency that attaches {@code dependent} to its head, or null for a token outside the tree. */
    public Dependency in(int dependent) {
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                return d;
            }
        }
        return null;
    }

    /** The head of {@code dependent}, or -1 for the root or a token outside the tree. */
    public int head(int dependent) {
        Dependency d = in(dependent);
        return d == null ? -1 : d.governor();
    }

    /** True when {@code ancestor} dominates {@code token} (or is it). */
    public boolean dominates(int ancestor, int token) {
        int current = token;
        for (int steps = 0; current >= 0 && steps <= size; steps++) {
            if (current == ancestor) {
                return true;
            }
            current = head(current);
        }
        return false;
    }

    /** The first and last token index of the subtree under {@code token}, as {@code [first, last]}. */
    public int[] subtreeRange(int token) {
        int first = token;
        int last = token;
        for (int i = 0; i < size; i++) {
            if (dominates(token, i)) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return new int[] {first, last};
    }
}
