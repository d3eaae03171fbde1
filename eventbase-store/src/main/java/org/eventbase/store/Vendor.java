package org.eventbase.store;

/**
 * The database products the store runs on; the schema is one, the full-text search differs.
 * Example: {@code Vendor.of("jdbc:postgresql://localhost/eventbase")} is {@code POSTGRESQL}.
 */
public enum Vendor {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Vendor(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** The Flyway location of this vendor's own migrations (full-text search). */
    String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    /** The vendor a JDBC URL names, or empty for anything else. */
    static java.util.Optional<Vendor> ofUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return java.util.Optional.of(SQLITE);
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return java.util.Optional.of(POSTGRESQL);
        }
        return java.util.Optional.empty();
    }
}
