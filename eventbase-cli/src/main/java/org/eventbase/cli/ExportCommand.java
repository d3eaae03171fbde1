package org.eventbase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.eventbase.model.InputException;
import org.eventbase.store.EventFilter;
import org.eventbase.store.Store;
import org.eventbase.store.export.AcledCsvWriter;
import org.eventbase.store.export.EventExport;
import org.eventbase.store.export.EventWriter;
import org.eventbase.store.export.ExportFormat;
import org.eventbase.store.export.ExportSummary;
import org.eventbase.store.export.GeoJsonWriter;
import org.eventbase.store.export.JsonlEventWriter;
import org.eventbase.store.export.ParquetEventWriter;
import org.eventbase.store.export.RegionNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase export}: writes stored events, filtered as {@code eventbase events} filters them, as JSONL, an
 * ACLED-style CSV, GeoJSON or Parquet (docs/exports.md), streamed. Example:
 * {@code eventbase export --format geojson protests.geojson --type PROTEST --country CL}.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = "Export stored events as JSONL, ACLED-style CSV, GeoJSON or Parquet (see docs/exports.md).")
public final class ExportCommand implements Callable<Integer> {
    /** What is exported. */
    enum What { events, articles }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl, acled-csv, geojson or parquet.")
    String format;

    @Parameters(index = "0", paramLabel = "OUT", description = "The file to write; - for standard output (not parquet).")
    String out;

    @Option(names = "--include-rejected", description = "Also export events a reviewer rejected (left out by default).")
    boolean includeRejected;

    @Option(names = "--what", defaultValue = "events",
            description = "events (default) or articles: every stored article's extraction JSON, one per line "
                    + "(jsonl only; event filters do not apply).")
    What what;

    @Option(names = "--limit", paramLabel = "N", description = "Most events exported (default: all).")
    Integer limit;

    @Override
    public Integer call() {
        ExportFormat chosen = ExportFormat.parse(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--format '" + format + "' is not an export format; use one of " + ExportFormat.labels()));
        if (what == What.articles && chosen != ExportFormat.JSONL) {
            throw new ParameterException(spec.commandLine(), "--what articles is written as jsonl only; "
                    + "use --format jsonl");
        }
        EventFilter filter = filters.filter().withLimit(limit == null ? Integer.MAX_VALUE : Math.max(0, limit));
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path file = "-".equals(out) ? null : target(chosen);
            String summary;
            try (Store opened = store.openExisting()) {
                summary = file == null ? toStdout(opened, chosen, filter) : toFile(opened, chosen, filter, file);
            }
            err.println("eventbase export: " + summary + " to " + ("-".equals(out) ? "standard output" : out));
            err.flush();
            return ExitCodes.OK;
        } catch (InputException e) {
            err.println("eventbase: " + e.getMessage());
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
    }

    /** The output file, checked before any work: its folder must exist and it must not be a folder. */
    private Path target(ExportFormat chosen) {
        Path file;
        try {
            file = Path.of(out).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new InputException(out, "not a valid file name");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(out, "is a folder; give a file name such as events." + extension(chosen));
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputException(out, "no such folder " + folder + "; create it first or write elsewhere");
        }
        if (!Files.isWritable(folder)) {
            throw new InputException(out, "cannot write in " + folder + "; choose another folder");
        }
        return file;
    }

    private String toStdout(Store opened, ExportFormat chosen, EventFilter filter) {
        if (!chosen.text()) {
            throw new InputException("-", chosen.label() + " is a binary format and cannot go to standard output; "
                    + "give a file name");
        }
        return write(opened, chosen, filter, spec.commandLine().getOut(), null);
    }

    /** Writes to a temporary file beside {@code file}, moved into place only when complete. */
    private String toFile(Store opened, ExportFormat chosen, EventFilter filter, Path file) {
        Path partial = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid()
                + ".partial");
        try {
            String summary;
            if (chosen.text()) {
                try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    summary = write(opened, chosen, filter, w, null);
                }
            } else {
                Files.deleteIfExists(partial); // DuckDB creates the file itself
                summary = write(opened, chosen, filter, null, partial);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return summary;
        } catch (IOException e) {
            throw new InputException(out, "cannot write (" + e.getMessage() + ")");
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .partial file is harmless and named as such
            }
        }
    }

    private String write(Store opened, ExportFormat chosen, EventFilter filter, Writer w, Path parquet) {
        try {
            if (what == What.articles) {
                return EventExport.articles(opened, w) + " articles written";
            }
            EventWriter writer = switch (chosen) {
                case JSONL -> new JsonlEventWriter(w);
                case ACLED_CSV -> new AcledCsvWriter(w);
                case GEOJSON -> new GeoJsonWriter(w);
                case PARQUET -> new ParquetEventWriter(parquet);
            };
            ExportSummary summary = EventExport.events(opened, filter, includeRejected, writer, RegionNames.gazetteer());
            if (w != null) {
                w.flush();
            }
            return summary.line();
        } catch (IOException e) {
            throw new InputException(out, "cannot write (" + e.getMessage() + ")");
        }
    }

    private static String extension(ExportFormat chosen) {
        return switch (chosen) {
            case JSONL -> "jsonl";
            case ACLED_CSV -> "csv";
            case GEOJSON -> "geojson";
            case PARQUET -> "parquet";
        };
    }
}
