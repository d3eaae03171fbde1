package org.eventbase.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the project-written fixture files next to the tests. */
public final class Fixtures {
    private Fixtures() {}

    public static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/org/eventbase/eval/" + resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + resource, e);
        }
    }
}
