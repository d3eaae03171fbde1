package org.eventbase.store;

/**
 * What an ingest run tells its user while it works: the total once known, one step per article done (stored,
 * duplicate or failed), and each failure as one line. Example: the CLI's progress bar on stderr; {@link #SILENT} in
 * tests.
 */
public interface IngestProgress {
    IngestProgress SILENT = new IngestProgress() {};

    default void start(long total) {}

    default void step() {}

    /** One input failed; {@code message} is {@code INPUT: problem}. */
    default void failed(String message) {}

    /** One input failed with {@code problem}; by default reported as {@link #failed(String)} {@code INPUT: problem}. */
    default void failed(String input, String problem) {
        failed(input + ": " + problem);
    }

    /**
     * One input was stored ({@code NEW}, {@code REPLACED}) or found to be a duplicate of the stored article
     * {@code articleId} (null when it is not known).
     */
    default void saved(String input, String articleId, SaveOutcome outcome) {}

    default void finish() {}
}
