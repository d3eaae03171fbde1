package org.eventbase.fetch;

import org.eventbase.model.InputException;

/**
 * A URL that could not be fetched, with the problem in a few words. Example:
 * {@code new FetchException("https://example.org/a", "HTTP 404 (not found)")} reads
 * {@code https://example.org/a: HTTP 404 (not found)}.
 */
public final class FetchException extends InputException {
    private static final long serialVersionUID = 1L;

    public FetchException(String url, String problem) {
        super(url, problem);
    }
}
