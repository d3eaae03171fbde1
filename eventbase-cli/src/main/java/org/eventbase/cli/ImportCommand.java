package org.eventbase.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventbase.store.Store;
import org.eventbase.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase import PARQUET_DIR}: loads the Spark job's output (see docs/spark.md) into a store without
 * extracting anything again; running it twice stores nothing new. Example:
 * {@code eventbase import runs/2024-03/ --db jdbc:postgresql://localhost/events?user=eb}.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Load the Parquet output of the Spark job (eventbase-spark ExtractJob) into the store.",
                "Stores the same rows as 'ingest' of the same articles; articles already stored are skipped."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PARQUET_DIR", description = "The job's --output directory (copied to this machine).")
    Path dir;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), dir + ": no such directory; give the Spark job's "
                    + "--output directory");
        }
        try (Store opened = store.open()) {
            ParquetImport.Outcome outcome = new ParquetImport(opened).load(dir);
            spec.commandLine().getOut().println("Imported into " + store.db + ": " + outcome.describe());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException | java.io.UncheckedIOException | StoreException e) {
            spec.commandLine().getErr().println("eventbase import: " + e.getMessage());
            if (debug) {
                e.printStackTrace(spec.commandLine().getErr());
            }
            spec.commandLine().getErr().flush();
            return ExitCodes.INPUT_FAILED;
        }
    }
}
