package org.eventbase.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eventbase.model.InputException;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import org.eventbase.store.Vendor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --db} option shared by the commands that use the store, and opening it with a one-line error.
 * Example: {@code eventbase events --db jdbc:postgresql://localhost/events?user=eb}.
 */
public final class StoreOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE|JDBC_URL", defaultValue = StoreLocation.DEFAULT,
            description = "The store: a SQLite file (default: ${DEFAULT-VALUE}) or a jdbc:postgresql:// URL.")
    String db;

    /** Opens a store that must exist already (for queries): a missing SQLite file is an error, not a new store. */
    Store openExisting() {
        StoreLocation location = location();
        if (location.vendor() == Vendor.SQLITE && !Files.exists(Path.of(location.jdbcUrl().substring("jdbc:sqlite:".length())))) {
            throw new ParameterException(spec.commandLine(), "--db " + db
                    + ": no such store; run 'eventbase ingest PATH --db " + db + "' first");
        }
        return Store.open(location);
    }

    private StoreLocation location() {
        try {
            return StoreLocation.parse(db);
        } catch (InputException e) {
            throw new ParameterException(spec.commandLine(), "--db " + e.getMessage());
        }
    }

    /** Opens the store; a wrong path or URL is a usage error naming it. */
    Store open() {
        return Store.open(location());
    }
}
