package org.eventbase.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.RawArticle;

/** Reads the project-written fixtures next to these tests and wraps content as raw articles. */
final class Fixtures {
    private Fixtures() {}

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawArticle text(String content) {
        return new RawArticle("test.txt", ContentFormat.TEXT, content, null);
    }

    static RawArticle html(String content) {
        return new RawArticle("test.html", ContentFormat.HTML, content, null);
    }

    static RawArticle html(String content, String pageUrl) {
        return new RawArticle("test.html", ContentFormat.HTML, content,
                new ArticleMetadata(null, pageUrl, null, null, null, null));
    }
}
