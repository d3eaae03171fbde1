package org.eventbase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eventbase.ingest.ArticleInputs;
import org.eventbase.ingest.ReadLimits;
import org.eventbase.ingest.ReadResult;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase demo}: runs extraction over the bundled sample articles and prints what came out of each.
 * (The server issue turns this into loading a demo database and serving the web UI.)
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = "Extract the bundled sample articles and print a summary of each.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Folder of sample articles (default: the samples/ folder of this installation).")
    Path samples;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        Path dir = samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "no sample folder at " + dir
                    + "; run ./eventbase from the Eventbase checkout or pass --samples DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Extracting the sample articles in " + dir + " (the NLP models load once, ~20 s) …");
        out.flush();
        ArticleRun run = new ArticleRun(spec.commandLine().getErr(), debug);
        ArticleInputs reader = new ArticleInputs(ReadLimits.defaults());
        for (Path articles : articleInputs(dir)) {
            try (Stream<ReadResult> results = reader.read(articles)) {
                results.forEach(r -> run.process(r, ArticleMetadata.EMPTY, doc -> out.println(line(dir, doc))));
            }
        }
        out.println();
        out.println(run.done() + " articles extracted" + (run.failed() > 0 ? ", " + run.failed() + " failed" : "")
                + ". Try: ./eventbase extract --format text " + dir.resolve("text") + "/");
        out.flush();
        return run.finish();
    }

    /** The sample folder's article files and folders: everything but its README and the expected extractions. */
    private static List<Path> articleInputs(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> !p.getFileName().toString().startsWith("README"))
                    .filter(p -> !p.getFileName().toString().equals("expected"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the sample folder " + dir, e);
        }
    }

    private static Path defaultSamples() {
        String home = System.getProperty("eventbase.home");
        return (home != null ? Path.of(home) : Path.of("")).resolve("samples").toAbsolutePath().normalize();
    }

    private static String line(Path dir, Document doc) {
        var entities = doc.layer(Layers.ENTITIES).entities();
        long people = entities.stream().filter(e -> e.kind() == EntityKind.PERSON).count();
        String roles = entities.stream()
                .filter(e -> e.kind() == EntityKind.PERSON && !e.roles().isEmpty())
                .limit(2)
                .map(DemoCommand::personWithRole)
                .reduce((x, y) -> x + ", " + y)
                .orElse("");
        String input = doc.article().input();
        String shortInput = input.startsWith(dir.toString()) ? input.substring(dir.toString().length() + 1) : input;
        int quotes = doc.find(Layers.QUOTES).map(l -> l.quotes().size()).orElse(0);
        int times = doc.find(Layers.TIMES).map(l -> l.times().size()).orElse(0);
        return String.format("%-34s %-60s %3d entities, %2d people, %2d quotes, %2d dates%s", shortInput,
                clip(doc.article().title(), 60), entities.size(), people, quotes, times,
                roles.isEmpty() ? "" : " (" + roles + ")");
    }

    private static String personWithRole(Entity e) {
        var r = e.roles().get(0);
        return e.name() + ", " + r.title() + (r.of() == null ? "" : " of " + r.of());
    }

    private static String clip(String s, int width) {
        if (s == null) {
            return "-";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
