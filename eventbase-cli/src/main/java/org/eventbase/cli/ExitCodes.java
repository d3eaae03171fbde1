package org.eventbase.cli;

/**
 * The one table of exit codes the {@code eventbase} command uses, in the spirit of picocli's {@code ExitCode}.
 * Example: {@code return ExitCodes.INPUT_FAILED;} when one of several inputs could not be read.
 */
public final class ExitCodes {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** At least one input could not be processed (the others were); messages on stderr say which and why. */
    public static final int INPUT_FAILED = 1;
    /** The command line was wrong: unknown option, bad value, missing argument. */
    public static final int USAGE = 2;
    /** A fault inside Eventbase, not the user's; run again with --debug and report it. */
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
