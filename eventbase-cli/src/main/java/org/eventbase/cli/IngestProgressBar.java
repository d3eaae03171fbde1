package org.eventbase.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.eventbase.store.IngestProgress;

/**
 * Shows an ingest run on stderr: a progress bar with done/total, rate and ETA (the progressbar library) when stderr
 * is a terminal, and each failure as one {@code eventbase: INPUT: problem} line.
 * Example: {@code ingest 42% [=====>      ] 126/300 (0:01:02 / 0:01:25) 2.0 articles/s}.
 */
final class IngestProgressBar implements IngestProgress {
    private final PrintWriter err;
    private final PrintStream terminal;
    private ProgressBar bar;

    /** @param terminal where to draw the bar, or null for no bar (output is not a terminal) */
    IngestProgressBar(PrintWriter err, PrintStream terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void start(long total) {
        if (terminal != null) {
            bar = new ProgressBarBuilder()
                    .setTaskName("ingest")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" articles", 1)
                    .showSpeed()
                    .setSpeedUnit(ChronoUnit.SECONDS)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(terminal, 100))
                    .build();
        }
    }

    @Override
    public synchronized void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void failed(String message) {
        if (bar != null) {
            terminal.print("\r" + " ".repeat(100) + "\r");
            terminal.flush();
        }
        err.println("eventbase: " + message);
        err.flush();
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
