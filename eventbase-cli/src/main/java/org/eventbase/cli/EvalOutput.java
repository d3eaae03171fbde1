package org.eventbase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.eventbase.model.InputException;

/**
 * What the eval subcommands share: running a scorer so that a bad input is one line on stderr and an exit code,
 * writing the optional JSON file, and formatting numbers. Example:
 * {@code EvalOutput.run(err, () -> { ...; return ExitCodes.OK; })}.
 */
final class EvalOutput {
    private EvalOutput() {}

    static int run(PrintWriter err, Supplier<Integer> evaluation) {
        try {
            return evaluation.get();
        } catch (InputException e) {
            err.println("eventbase: " + e.getMessage());
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
    }

    /** Writes {@code json} to {@code file} if one was asked for. */
    static void writeJson(Path file, String json) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot write the JSON report: " + e.getMessage());
        }
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
