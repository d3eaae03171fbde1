package org.eventbase.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions that stamp every output: Eventbase's own and that of the CoreNLP models it runs.
 * Example: {@code EventbaseVersion.current().eventbase()} is {@code "0.1.0-SNAPSHOT"}.
 */
public record EventbaseVersion(String eventbase, String corenlp) {
    private static final EventbaseVersion CURRENT = load();

    public static EventbaseVersion current() {
        return CURRENT;
    }

    private static EventbaseVersion load() {
        Properties p = new Properties();
        try (InputStream in = EventbaseVersion.class.getResourceAsStream("/org/eventbase/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EventbaseVersion(p.getProperty("eventbase.version", "dev"), p.getProperty("corenlp.version", "?"));
    }
}
