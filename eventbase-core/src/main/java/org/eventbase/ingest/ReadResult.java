package org.eventbase.ingest;

import java.util.Objects;
import org.eventbase.model.RawArticle;

/**
 * Outcome of reading one article: either the article or a problem with the input. Problems are data, not
 * exceptions, so that one bad file or JSONL line does not stop the rest.
 * Example: {@code new ReadResult.Failed("dump.jsonl:7", "malformed JSON on line 7: unexpected end-of-input")}.
 */
public sealed interface ReadResult {

    /** The input's name as the user recognises it: a path, or {@code path:LINE} for JSONL. */
    String input();

    /** An article read successfully. Example: {@code new Ok(new RawArticle("a.txt", TEXT, "Title\n\nBody", null))}. */
    record Ok(RawArticle article) implements ReadResult {
        public Ok {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String input() {
            return article.input();
        }
    }

    /**
     * An input that could not be read, with a short lower-case problem saying what is wrong and what to do.
     * Example: {@code new Failed("notes.pdf", "binary file, not text, HTML or JSONL; convert it to text first")}.
     */
    record Failed(String input, String problem) implements ReadResult {
        public Failed {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(problem, "problem");
        }

        /** One line for the user: {@code notes.pdf: binary file, ...}. */
        public String message() {
            return input + ": " + problem;
        }
    }
}
