package org.eventbase.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.eventbase.ingest.ReadResult;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.InputException;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;

/**
 * Runs extraction over a sequence of read results, counting successes and failures and reporting each failure as
 * one line on stderr, so that one bad article never stops the rest. The NLP models load on the first good article,
 * so that a mistyped path fails at once.
 */
final class ArticleRun {
    private final PrintWriter err;
    private final boolean debug;
    private ArticleExtractor extractor;
    private int done;
    private int failed;

    ArticleRun(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    void process(ReadResult result, ArticleMetadata overrides, Consumer<Document> sink) {
        if (result instanceof ReadResult.Failed f) {
            fail(f.message(), null);
            return;
        }
        ReadResult.Ok ok = (ReadResult.Ok) result;
        try {
            Document doc = extractor().extract(ok.article(), overrides);
            done++;
            sink.accept(doc);
        } catch (InputException e) {
            fail(e.getMessage(), e);
        } catch (RuntimeException e) {
            fail(ok.article().input() + ": internal error while extracting (" + e
                    + "); run again with --debug and report it", e);
        }
    }

    private ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = ArticleExtractor.standard();
        }
        return extractor;
    }

    private void fail(String message, Throwable cause) {
        failed++;
        err.println("eventbase: " + message);
        if (debug && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
    }

    int done() {
        return done;
    }

    int failed() {
        return failed;
    }

    /** Prints the failure tally, if any, and returns the exit code. */
    int finish() {
        if (failed > 0) {
            err.println("eventbase: " + failed + " of " + (done + failed) + " articles failed");
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
        return ExitCodes.OK;
    }
}
