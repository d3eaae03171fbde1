package org.eventbase.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventbase.bench.BenchOptions;
import org.eventbase.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase bench}: measures Eventbase's extraction against a plain CoreNLP pipeline on the same articles
 * (throughput per core, CPU per article, cold start, heap, and with {@code --profile} where the time goes) and
 * prints the results as tables. Example: {@code eventbase bench --threads 1,2 --profile}; see bench/README.md.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark Eventbase's extraction against a plain CoreNLP pipeline on the same articles.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Benchmark on the articles in this folder instead of the generated corpus.")
    Path articles;

    @Option(names = "--count", defaultValue = "120",
            description = "Articles in the generated corpus (default: ${DEFAULT-VALUE}; at least 100 for results).")
    int count;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "1,2", converter = ThreadCountsConverter.class, paramLabel = "N,N",
            description = "Thread counts to measure, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--warmup", defaultValue = "40", paramLabel = "N",
            description = "Articles each system processes before measuring, going round the corpus again if it is "
                    + "shorter (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", defaultValue = "1", paramLabel = "N",
            description = "Measured passes over the corpus per system and thread count (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--profile", description = "Also print where Eventbase's time goes, stage by stage.")
    boolean profile;

    @Option(names = "--no-cold-start", description = "Skip the cold-start measurement (a child JVM).")
    boolean noColdStart;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        if (articles != null && !Files.isDirectory(articles)) {
            throw new ParameterException(spec.commandLine(), "--articles " + articles + " is not a folder");
        }
        if (count < 1 || passes < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--count and --passes must be 1 or more, --warmup 0 or more");
        }
        Path home = Path.of(System.getProperty("eventbase.home", "."));
        BenchOptions options = new BenchOptions(articles, home.resolve("target/bench-corpus"), seed, count, threads,
                warmup, passes, profile, noColdStart ? null : Main.class.getName());
        new Benchmark(options, spec.commandLine().getOut()).run();
        return ExitCodes.OK;
    }
}
