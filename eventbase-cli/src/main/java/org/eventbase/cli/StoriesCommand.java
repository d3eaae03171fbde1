package org.eventbase.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventbase.bench.TextTable;
import org.eventbase.json.DocumentJson;
import org.eventbase.store.Store;
import org.eventbase.store.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase stories}: lists the stored stories, latest first, as a table, JSON, or JSONL (one full story
 * with its timeline per line, for export). Example: {@code eventbase stories --format jsonl > stories.jsonl}.
 */
@Command(name = "stories",
        mixinStandardHelpOptions = true,
        description = "List stories (clusters of articles about one situation), latest first.")
public final class StoriesCommand implements Callable<Integer> {
    /** How the stories come out. */
    enum Format { table, json, jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--limit", defaultValue = "100", description = "Most stories listed (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl writes each story "
                    + "in full, with its timeline.")
    Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        try (Store opened = store.openExisting()) {
            List<StorySummary> stories = opened.stories(limit);
            switch (format) {
                case table -> out.print(table(stories));
                case json -> out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(stories));
                case jsonl -> {
                    for (StorySummary s : stories) {
                        var story = opened.story(s.id());
                        if (story.isPresent()) {
                            out.println(DocumentJson.mapper().writeValueAsString(story.get()));
                        }
                    }
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String table(List<StorySummary> stories) {
        if (stories.isEmpty()) {
            return "No stories yet; run 'eventbase ingest' first.\n";
        }
        TextTable t = new TextTable("id", "days", "articles", "events", "conflicts", "title", "places", "actors");
        for (StorySummary s : stories) {
            t.row(s.id(), days(s.firstDay(), s.lastDay()), String.valueOf(s.articles()), String.valueOf(s.events()),
                    String.valueOf(s.conflicting()), EventsCommand.clip(s.title(), 50),
                    EventsCommand.clip(String.join(", ", s.places()), 30),
                    EventsCommand.clip(String.join(", ", s.actors()), 30));
        }
        return t.render();
    }

    static String days(String from, String to) {
        if (from == null) {
            return "-";
        }
        return from.equals(to) ? from : from + ".." + to;
    }
}
