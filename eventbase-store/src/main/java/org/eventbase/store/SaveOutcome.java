package org.eventbase.store;

/**
 * What saving one article did. Example: saving an article whose input was stored before with other content
 * gives {@code REPLACED}.
 */
public enum SaveOutcome {
    /** The article was not in the store. */
    NEW,
    /** An article from the same source (URL, or input when there is no URL) was there and its rows were replaced. */
    REPLACED
}
