package org.eventbase.server;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.eventbase.store.Store;

/**
 * One {@link Store} (which is not thread-safe) shared by the server's request threads: each use holds a lock, so
 * requests run one at a time against the database and no write is lost. Example:
 * {@code guarded.use(store -> store.events(filter))}.
 */
public final class GuardedStore implements AutoCloseable {
    private final Store store;
    private final ReentrantLock lock = new ReentrantLock(true);

    public GuardedStore(Store store) {
        this.store = store;
    }

    public <T> T use(Function<Store, T> work) {
        lock.lock();
        try {
            return work.apply(store);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            store.close();
        } finally {
            lock.unlock();
        }
    }
}
