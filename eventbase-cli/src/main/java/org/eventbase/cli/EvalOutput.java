package org.eventbase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eventbase.model.InputException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the eval subcommands share: running a scorer so that a bad input is one line on stderr and an exit code,
 * writing the optional JSON file, and formatting numbers. Example:
 * {@code EvalOutput.report(spec, json, "time: ", () -> evaluate(), EvaluationJson::of, Cmd::print)}.
 */
final class EvalOutput {
    private EvalOutput() {}

    /**
     * Runs {@code evaluation}, writes its report as JSON to {@code json} when asked, prints it and the time taken
     * (after {@code timeLabel}), and returns the exit code; a bad input is one line on stderr.
     */
    static <R> int report(CommandSpec spec, Path json, String timeLabel, Supplier<R> evaluation,
            Function<R, String> toJson, BiConsumer<PrintWriter, R> print) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            long start = System.nanoTime();
            R report = evaluation.get();
            writeJson(json, toJson.apply(report));
            print.accept(out, report);
            out.println(timeLabel + seconds(start));
            out.flush();
            return ExitCodes.OK;
        } catch (InputException e) {
            err.println("eventbase: " + e.getMessage());
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
    }

    /** Writes {@code json} to {@code file} if one was asked for. */
    private static void writeJson(Path file, String json) {
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

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
