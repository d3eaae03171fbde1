package org.eventbase.cli;

import java.nio.file.Path;
import java.util.List;
import org.eventbase.eval.event.EventEvaluation;
import org.eventbase.eval.event.GoldEventArticle;
import org.eventbase.eval.event.GoldEventReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of the eval commands that score the project's event gold set ({@code eval events},
 * {@code eval stories}): the gold file and the split. Example: {@code eventbase eval stories gold/events/gold.jsonl
 * --split test}.
 */
final class EventGoldOptions {
    @Parameters(index = "0", paramLabel = "GOLD", description = "The gold JSONL file, e.g. gold/events/gold.jsonl.")
    Path gold;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
            description = "dev (tune on it), test (report only) or all; default ${DEFAULT-VALUE}.")
    String split;

    /**
     * Reads every article of the gold file, after checking that the split is known.
     *
     * @throws org.eventbase.model.InputException when the file or a line of it is bad, or the split is unknown
     */
    List<GoldEventArticle> articles() {
        List<GoldEventArticle> articles = GoldEventReader.read(gold);
        EventEvaluation.select(articles, split);
        return articles;
    }
}
