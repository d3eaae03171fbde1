package org.eventbase.cli;

import java.io.PrintWriter;
import org.eventbase.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code eventbase} command; its subcommands do the work. Errors reach the user as one line, with
 * the stack trace only under {@code --debug}.
 */
@Command(name = "eventbase",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news articles into event data: who did what to whom, where, when, and who says so.",
        subcommands = {ExtractCommand.class, IngestCommand.class, SearchCommand.class, ShowCommand.class,
                EventsCommand.class, StoriesCommand.class, StoryCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class, EvalCommand.class,
                BenchCommand.class, WatchCommand.class, BenchStoreCommand.class,
                ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class EventbaseCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EventbaseCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean debug = parseResult.originalArgs().contains("--debug");
            if (ex instanceof StoreException) {
                err.println("eventbase: " + ex.getMessage());
                err.flush();
                return ExitCodes.INPUT_FAILED;
            }
            err.println("eventbase: internal error: " + ex + " (run again with --debug for details, and report it)");
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INTERNAL;
        });
        cl.setExitCodeExceptionMapper(ex -> ExitCodes.USAGE);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("eventbase: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitCodes.USAGE;
        });
        return cl;
    }
}
