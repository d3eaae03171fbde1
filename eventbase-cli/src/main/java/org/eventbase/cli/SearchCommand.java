package org.eventbase.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventbase.json.DocumentJson;
import org.eventbase.store.SearchHit;
import org.eventbase.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase search "words"}: full-text search over stored articles and their sentences, every word required,
 * stemmed ("marched" finds "marching"). Example: {@code eventbase search "tear gas" --limit 5}.
 */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        description = "Search stored articles and sentences for words (all required, stemmed).")
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "What to look for.")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10",
            description = "Most articles, and most sentences, listed (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws JsonProcessingException {
        List<SearchHit> hits;
        try (Store opened = store.openExisting()) {
            hits = opened.search(String.join(" ", words), limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if ("json".equals(format)) {
            out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(hits));
        } else if (hits.isEmpty()) {
            out.println("No matches.");
        } else {
            for (SearchHit hit : hits) {
                String where = hit.kind() == SearchHit.Kind.ARTICLE ? "article" : "sentence " + hit.sentence();
                out.println(hit.articleId() + "  " + (hit.published() == null ? "" : hit.published() + "  ")
                        + EventsCommand.clip(hit.title(), 70));
                out.println("    " + where + ": " + hit.snippet());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
