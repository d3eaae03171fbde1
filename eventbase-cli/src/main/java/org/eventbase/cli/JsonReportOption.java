package org.eventbase.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --json OUT} option every eval command has: where to write its scores as JSON, besides the table it
 * prints. Example: {@code eventbase eval ner eng.testa --json ner.json}.
 */
final class JsonReportOption {
    @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores as JSON here.")
    Path file;
}
