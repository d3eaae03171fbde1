package org.eventbase.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered list of stages whose requirements are checked when it is built, so that a missing stage fails at
 * once with its name rather than deep inside a run. Example: {@code Pipeline.of(nlpStage, entityStage)}.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public static Pipeline of(List<Stage> stages) {
        Set<String> available = new HashSet<>();
        for (Stage stage : stages) {
            Set<String> missing = stage.requires().stream()
                    .map(LayerKey::name)
                    .filter(name -> !available.contains(name))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!missing.isEmpty()) {
                throw new IllegalStateException("stage '" + stage.name() + "' requires " + missing
                        + " but no earlier stage provides it");
            }
            stage.provides().forEach(key -> available.add(key.name()));
        }
        return new Pipeline(stages);
    }

    public Document run(Document document) {
        Document current = document;
        for (Stage stage : stages) {
            current = stage.apply(current);
        }
        return current;
    }

    public List<Stage> stages() {
        return stages;
    }
}
