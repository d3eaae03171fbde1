package org.eventbase.store;

/**
 * What saving one article did. Example: saving an article whose input was stored before with other content
 * gives {@code REPLACED}.
 */
public enum SaveOutcome {
    /** The article was not in the store. */
    NEW,
    /** An article from the same input was there (or the same article from a later-sorting input); its rows were replaced. */
    REPLACED,
    /**
     * The same article (same id: same clean text and URL) is stored from another input whose name sorts first; it
     * is kept and this input is recorded in {@code duplicate_inputs}, so that the outcome does not depend on the order articles finish in.
     */
    DUPLICATE
}
