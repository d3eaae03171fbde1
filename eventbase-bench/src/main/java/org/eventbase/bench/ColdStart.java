package org.eventbase.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures cold start from outside: launches a child JVM running {@code eventbase extract} on one article and times
 * it from launch until it exits, so the time covers JVM start, class loading, model loading, the first article and
 * its JSON output. The child runs on this JVM's java binary and class path, with the given heap limit.
 * Example: {@code new ColdStart("org.eventbase.cli.Main", "-Xmx1536m").seconds(Path.of("a.txt"))}.
 */
public record ColdStart(String mainClass, String heapOption) {
    /** Seconds from launch to exit; throws with the child's exit code when it fails. */
    public double seconds(Path article) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, heapOption, "-cp", System.getProperty("java.class.path"),
                mainClass, "extract", "--format", "jsonl", article.toString()));
        try {
            long start = System.nanoTime();
            Process child = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!child.waitFor(10, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                throw new IllegalStateException("cold start: the child JVM did not finish within 10 minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (child.exitValue() != 0) {
                throw new IllegalStateException("cold start: 'extract " + article + "' in a child JVM exited with "
                        + child.exitValue() + "; run it by hand to see why");
            }
            return seconds;
        } catch (IOException e) {
            throw new IllegalStateException("cold start: cannot launch " + java + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cold start interrupted", e);
        }
    }
}
