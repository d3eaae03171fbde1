package org.eventbase.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code --input PATH...} (files or directories on any Hadoop filesystem, read
 * recursively), {@code --output DIR} (must not exist yet) and optionally {@code --partitions N}, the number of
 * extraction tasks (default: four per core Spark has, so cores stay busy while the last tasks finish).
 * Example: {@code --input s3a://news/2024/ hdfs://nn/crawl/a.warc.gz --output s3a://out/run1 --partitions 400}.
 */
record JobOptions(List<String> inputs, String output, int partitions) {
    static final String USAGE = "usage: ExtractJob --input PATH... --output DIR [--partitions N]";

    /** @throws IllegalArgumentException with a one-line message for the user when the arguments are wrong */
    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        int partitions = 0;
        String option = null;
        for (String arg : args) {
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
        return new JobOptions(List.copyOf(inputs), output, partitions);
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
