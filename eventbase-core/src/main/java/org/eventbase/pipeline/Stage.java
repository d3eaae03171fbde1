package org.eventbase.pipeline;

import java.util.Set;

/**
 * One step of extraction with one job: it reads the layers it requires and returns the document with its own
 * layer added. Implementations are thread-safe or confined. Example: the entity stage requires {@code nlp}
 * and provides {@code entities}.
 */
public interface Stage {
    /** Short name, used in provenance and error messages, e.g. {@code entities}. */
    String name();

    /** Version of this stage's logic; bump it when its output changes. */
    String version();

    Set<LayerKey<?>> requires();

    Set<LayerKey<?>> provides();

    Document apply(Document document);

    default Provenance provenance(LayerKey<?> layer) {
        return new Provenance(layer.name(), name(), version());
    }
}
