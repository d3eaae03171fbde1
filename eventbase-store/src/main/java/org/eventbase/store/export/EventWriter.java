package org.eventbase.store.export;

import java.io.IOException;
import org.eventbase.store.StoredEvent;

/**
 * Writes exported events in one format, one event at a time (nothing is held back but what the format's footer
 * needs). Example: {@code writer.write(stored, ReviewedEvent.of(stored, names)); ExportSummary s = writer.finish();}.
 */
public interface EventWriter {
    /** Writes one event, or leaves it out when the format cannot hold it (counted in the summary). */
    void write(StoredEvent stored, ReviewedEvent flat) throws IOException;

    /** Completes the output (footer, file) and says how many events went in and how many were left out, and why. */
    ExportSummary finish() throws IOException;
}
