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
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.store.IngestReport;
import org.eventbase.store.Ingester;
import org.eventbase.store.Store;
import org.eventbase.store.StoreLocation;
import org.eventbase.store.StoreSummary;
import org.eventbase.server.GuardedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase demo}: ingests the bundled sample articles into the demo store ({@code demo/eventbase.db} in the
 * installation), prints what was stored for each, and serves the web UI over it at http://127.0.0.1:7070/ (unless
 * {@code --no-serve}). A second run finds the articles stored and only prints and serves.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = "Ingest the bundled sample articles into demo/eventbase.db, print a summary of each, and serve "
                + "the web UI over them.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Folder of sample articles (default: the samples/ folder of this installation).")
    Path samples;

    @Option(names = "--db", paramLabel = "FILE",
            description = "The demo store (default: demo/eventbase.db in this installation).")
    Path db;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Option(names = "--no-serve", description = "Only ingest and print; do not serve the web UI.")
    boolean noServe;

    @Mixin
    ServeOptions serve;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = samples != null ? samples : home().resolve("samples");
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "no sample folder at " + dir
                    + "; run ./eventbase from the Eventbase checkout or pass --samples DIR");
        }
        Path dbFile = db != null ? db : home().resolve("demo").resolve("eventbase.db");
        Files.createDirectories(dbFile.toAbsolutePath().getParent());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Ingesting the sample articles in " + dir + " into " + dbFile
                + " (the NLP models load once, ~20 s) …");
        out.flush();
        Store store = Store.open(StoreLocation.parse(dbFile.toString()));
        try {
            IngestProgressBar progress = new IngestProgressBar(spec.commandLine().getErr(),
                    System.console() != null ? System.err : null);
            IngestReport report = new Ingester(store, ArticleExtractor::standard,
                    Runtime.getRuntime().availableProcessors(), new ArticleInputs(ReadLimits.defaults()), progress)
                    .ingest(articleInputs(dir), false);
            for (String id : store.articleIds()) {
                store.article(id).ifPresent(doc -> out.println(line(dir, doc)));
            }
            StoreSummary summary = store.summary();
            out.println();
            out.println(report.describe());
            out.println(String.format("The store holds %d articles, %d entities, %d places, %d quotes, %d dates, "
                    + "%d counts and %d events%s.",
                    summary.articles(), summary.entities(), summary.places(), summary.quotes(), summary.times(),
                    summary.counts(), summary.events(),
                    summary.failures() > 0 ? ", and " + summary.failures() + " failed inputs" : ""));
            out.println("Try: ./eventbase search --db " + dbFile + " \"tear gas\"");
            out.println("     ./eventbase show --db " + dbFile + " " + store.articleIds().stream().findFirst().orElse("ID"));
            out.flush();
            if (noServe) {
                return report.failed() > 0 ? ExitCodes.INPUT_FAILED : ExitCodes.OK;
            }
            out.println();
            GuardedStore guarded = new GuardedStore(store);
            store = null;
            ServeCommand.run(spec.commandLine(), guarded, serve.settings(ServeCommand.tokenFileFor(dbFile.toString())),
                    "the demo store");
            return ExitCodes.OK;
        } finally {
            if (store != null) {
                store.close();
            }
        }
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

    private static Path home() {
        String home = System.getProperty("eventbase.home");
        return (home != null ? Path.of(home) : Path.of("")).toAbsolutePath().normalize();
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
