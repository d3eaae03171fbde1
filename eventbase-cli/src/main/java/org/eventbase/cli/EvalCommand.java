package org.eventbase.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase eval TASK …}: scores Eventbase against gold data and prints the numbers.
 * Example: {@code eventbase eval ner eng.testb --json ner.json}.
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Score Eventbase against gold data.",
        subcommands = {EvalExtractionCommand.class, EvalNerCommand.class, EvalTimesCommand.class,
                EvalEventsCommand.class, EvalEventTypesCommand.class, EvalPetrarchCommand.class,
                EvalQuotesCommand.class, EvalGeoCommand.class,
                EvalStoriesCommand.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
