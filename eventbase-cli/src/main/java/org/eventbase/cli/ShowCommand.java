package org.eventbase.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eventbase.json.DocumentJson;
import org.eventbase.pipeline.Document;
import org.eventbase.store.EventKey;
import org.eventbase.store.EventRow;
import org.eventbase.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase show ID}: one stored article (its id, e.g. {@code 5d0c9a1e2b7f4a10}) with everything extracted,
 * or one event ({@code 5d0c9a1e2b7f4a10-ev2}) with its evidence. Example: {@code eventbase show 5d0c9a1e2b7f4a10 --format json}.
 */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = "Show a stored article (ARTICLE_ID) or event (ARTICLE_ID-evN).")
public final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "An article id (16 hex digits) or an event id (ARTICLE_ID-evN).")
    String id;

    @Option(names = "--format", defaultValue = "text",
            description = "Output: text or json (the article's extraction JSON; default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        try (Store opened = store.openExisting()) {
            Optional<EventKey> eventKey = EventKey.parse(id);
            if (eventKey.isPresent()) {
                Optional<EventRow> event = opened.event(eventKey.get());
                if (event.isEmpty()) {
                    return notFound("no event " + id);
                }
                out.println("json".equals(format)
                        ? DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(event.get())
                        : render(event.get()));
            } else {
                Optional<Document> doc = opened.article(id.strip());
                if (doc.isEmpty()) {
                    return notFound("no article " + id);
                }
                out.println("json".equals(format) ? DocumentJson.pretty(doc.get()) : ArticleSummary.render(doc.get()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int notFound(String what) {
        spec.commandLine().getErr().println("eventbase: " + what + " in " + store.db
                + "; find ids with 'eventbase search' or 'eventbase events'");
        spec.commandLine().getErr().flush();
        return ExitCodes.INPUT_FAILED;
    }

    private static String render(EventRow e) {
        StringBuilder s = new StringBuilder();
        s.append("event     ").append(e.id()).append('\n');
        s.append("type      ").append(e.type()).append(e.mode() == null ? "" : " (" + e.mode() + ")").append('\n');
        s.append("when      ").append(e.dayFrom() == null ? "unknown" : e.dayFrom().equals(e.dayTo()) ? e.dayFrom()
                : e.dayFrom() + " .. " + e.dayTo()).append('\n');
        s.append("where     ").append(e.place() == null ? "unknown" : e.place()
                + (e.countryCode() == null ? "" : ", " + e.countryCode())
                + (e.lat() == null ? "" : " (" + e.lat() + ", " + e.lon() + ")")).append('\n');
        s.append("sources   ").append(e.sources().isEmpty() ? "-" : e.sources()).append('\n');
        s.append("targets   ").append(e.targets().isEmpty() ? "-" : e.targets()).append('\n');
        s.append("claimant  ").append(e.claimant() == null ? "(the article)" : e.claimant()).append('\n');
        s.append("article   ").append(e.articleId()).append("  ").append(e.articleTitle() == null ? "" : e.articleTitle())
                .append(e.url() == null ? "" : "  " + e.url()).append('\n');
        s.append("evidence  ").append(e.evidence());
        return s.toString();
    }
}
