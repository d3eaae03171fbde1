package org.eventbase.cli;

import picocli.CommandLine;

/** Entry point of the {@code eventbase} command. Example: {@code eventbase extract article.html}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting; used by tests. */
    public static int run(String... args) {
        return EventbaseCommand.commandLine().execute(args);
    }
}
