package org.eventbase.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code --input PATH...} (files or directories on any Hadoop filesystem, read
 * recursively), {@code --output DIR} (must not exist yet) and optionally {@code --partitions N}, the number of
 * extraction tasks (default: four per core Spark has, so cores stay busy while the last tasks finish), and
 * {@code --no-stories}, to write the article tables only, without the corpus-level story stage.
 * Example: {@code --input s3a://news/2024/ hdfs://nn/crawl/a.warc.gz --output s3a://out/run1 --partitions 400}.
 *
 * @param stories whether the story stage runs (the default; {@code --no-stories} turns it off)
 */
record JobOptions(List<String> inputs, String output, int partitions, boolean stories) {
    static final String USAGE = "usage: ExtractJob --input PATH... --output DIR [--partitions N] [--no-stories]";

    /** @throws IllegalArgumentException with a one-line message for the user when the arguments are wrong */
    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        int partitions = 0;
        boolean stories = true;
        String option = null;
        for (String arg : args) {
            if (arg.equals("--no-stories")) {
                stories = false;
                option = null;
                continue;
            }
            if (arg.startsWith("--")) {
                option = arg;
                if (!List.of("--input", "--output", "--partitions").contains(arg)) {
                    throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
                }
                continue;
            }
            if (option == null) {
                throw new IllegalArgumentException("'" + arg + "' follows no option; " + USAGE);
            }
            switch (option) {
                case "--input" -> inputs.add(arg);
                case "--output" -> output = arg;
                default -> partitions = partitions(arg);
            }
        }
        if (inputs.isEmpty() || output == null) {
            throw new IllegalArgumentException("--input and --output are required; " + USAGE);
        }
        return new JobOptions(List.copyOf(inputs), output, partitions, stories);
    }

    private static int partitions(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--partitions must be a positive whole number, was '" + value + "'");
    }
}
