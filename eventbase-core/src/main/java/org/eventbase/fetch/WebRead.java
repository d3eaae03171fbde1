package org.eventbase.fetch;

import java.util.List;
import org.eventbase.ingest.ReadResult;

/**
 * What reading one URL or feed gave: a result per page (article or failure), and for a feed how many items it
 * listed and how many were skipped as already stored. Example: a feed of 3 items, one stored before, gives
 * {@code WebRead([Ok, Ok], 3, 1)}.
 */
public record WebRead(List<ReadResult> results, int feedItems, int skipped) {
    public WebRead {
        results = List.copyOf(results);
    }

    static WebRead failed(ReadResult.Failed failure) {
        return new WebRead(List.of(failure), 0, 0);
    }
}
