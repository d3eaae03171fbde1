package org.eventbase.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eventbase.model.InputException;

/**
 * Where a store lives, as the user wrote it in {@code --db}: a file path (SQLite) or a JDBC URL.
 * Example: {@code StoreLocation.parse("demo/eventbase.db").jdbcUrl()} is {@code jdbc:sqlite:demo/eventbase.db};
 * {@code StoreLocation.parse("jdbc:postgresql://localhost/events?user=eb")} is PostgreSQL.
 */
public record StoreLocation(String given, Vendor vendor, String jdbcUrl) {
    /** The default store: {@code eventbase.db} in the working directory. */
    public static final String DEFAULT = "eventbase.db";

    /**
     * @throws InputException when the value is a JDBC URL of an unsupported database, or a file path whose folder
     *                        does not exist
     */
    public static StoreLocation parse(String given) {
        if (given.startsWith("jdbc:")) {
            Vendor vendor = Vendor.ofUrl(given).orElseThrow(() -> new InputException(given,
                    "not a supported database; use a SQLite file path or a jdbc:postgresql:// URL"));
            return new StoreLocation(given, vendor, given);
        }
        Path file = Path.of(given).toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InputException(given, "the folder " + folder + " does not exist; create it or choose another --db");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(given, "is a folder; give a database file such as " + file.resolve(DEFAULT));
        }
        return new StoreLocation(given, Vendor.SQLITE, "jdbc:sqlite:" + file);
    }
}
