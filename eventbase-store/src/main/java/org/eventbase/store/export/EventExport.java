package org.eventbase.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.eventbase.json.DocumentJson;
import org.eventbase.store.EventFilter;
import org.eventbase.store.Store;

/**
 * Runs an export: streams the selected events from the store through a format's {@link EventWriter}, with the
 * reviewer's corrections applied. Example:
 * {@code EventExport.events(store, EventFilter.ALL.withLimit(Integer.MAX_VALUE), false, new GeoJsonWriter(out),
 * RegionNames.gazetteer())}.
 */
public final class EventExport {
    private EventExport() {}

    /** Writes the events the filter selects (rejected ones only when asked) and returns what was written. */
    public static ExportSummary events(Store store, EventFilter filter, boolean includeRejected, EventWriter writer,
            RegionNames names) throws IOException {
        try {
            store.exportEvents(filter, includeRejected, stored -> {
                try {
                    writer.write(stored, ReviewedEvent.of(stored, names));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return writer.finish();
    }

    /** Writes every stored article's extraction JSON (docs/schema.md), one per line; returns how many. */
    public static long articles(Store store, Writer out) throws IOException {
        long written = 0;
        for (String id : store.articleIds()) {
            var doc = store.article(id);
            if (doc.isPresent()) {
                out.write(DocumentJson.mapper().writeValueAsString(DocumentJson.toTree(doc.get())));
                out.write('\n');
                written++;
            }
        }
        out.flush();
        return written;
    }
}
