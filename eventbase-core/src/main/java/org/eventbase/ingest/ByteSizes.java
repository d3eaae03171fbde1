package org.eventbase.ingest;

import java.util.Locale;

/** Byte counts as a user reads them in a message: {@code 20 MiB}, {@code 31.5 MiB}, {@code 8 GiB}, {@code 900 bytes}. */
final class ByteSizes {
    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;
    private static final long GIB = MIB * 1024;

    private ByteSizes() {
    }

    static String describe(long bytes) {
        if (bytes >= GIB) {
            return scaled(bytes, GIB, "GiB");
        }
        if (bytes >= MIB) {
            return scaled(bytes, MIB, "MiB");
        }
        if (bytes >= KIB) {
            return scaled(bytes, KIB, "KiB");
        }
        return bytes + " bytes";
    }

    private static String scaled(long bytes, long unit, String name) {
        if (bytes % unit == 0) {
            return bytes / unit + " " + name;
        }
        return String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, name);
    }
}
