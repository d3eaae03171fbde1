package org.eventbase.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.eventbase.eval.story.BCubed;
import org.eventbase.eval.story.StoryEvaluation;
import org.eventbase.eval.story.StoryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase eval stories GOLD.jsonl [--split dev|test|all]}: clusters the event gold set's articles into
 * stories and merged events and prints B-cubed precision, recall and F1 against the gold stories and event keys,
 * and near-duplicate precision and recall against {@code syndicated_from}. Example row:
 * {@code articles (stories)   1.000   0.914   0.955}.
 */
@Command(name = "stories",
        mixinStandardHelpOptions = true,
        description = "Score story clustering, event merging and near-duplicates against the event gold set.")
public final class EvalStoriesCommand implements Callable<Integer> {
    private static final String ROW = "%-22s %9s %9s %9s %6s%n";

    @Spec
    CommandSpec spec;

    @Mixin
    EventGoldOptions goldSet;

    @Mixin
    JsonReportOption json;

    @Override
    public Integer call() {
        return EvalOutput.report(spec, json.file, "time: ",
                () -> StoryEvaluation.standard().evaluate(goldSet.articles(), goldSet.split),
                EvalStoriesCommand::json, EvalStoriesCommand::print);
    }

    private static String json(StoryReport report) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(PrintWriter out, StoryReport report) {
        out.printf("stories (%s split): %d articles in %d gold stories, %d system stories; %d matched events in "
                + "%d merged events%n", report.split(), report.articles(), report.goldStories(),
                report.systemStories(), report.matchedEvents(), report.mergedEvents());
        out.printf(ROW, "b-cubed", "precision", "recall", "f1", "items");
        row(out, "articles (stories)", report.articleBCubed());
        row(out, "events (merging)", report.eventBCubed());
        var d = report.duplicates();
        out.printf(ROW, "near-duplicate pairs", EvalOutput.number(d.precision()), EvalOutput.number(d.recall()),
                EvalOutput.number(d.f1()), d.truePositives() + d.falseNegatives());
    }

    private static void row(PrintWriter out, String name, BCubed s) {
        out.printf(ROW, name, EvalOutput.number(s.precision()), EvalOutput.number(s.recall()),
                EvalOutput.number(s.f1()), s.items());
    }
}
