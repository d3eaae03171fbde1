package org.eventbase.store;

/**
 * A database problem the user can act on, with a one-line message naming the store:
 * {@code "eventbase.db: the database file is locked by another process; wait for it or use another --db"}.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
