package org.eventbase.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eventbase.eval.EvaluationJson;
import org.eventbase.eval.event.EventEvaluation;
import org.eventbase.eval.event.EventReport;
import org.eventbase.eval.event.FieldScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase eval events GOLD.jsonl [--split dev|test|all]}: runs the pipeline on the event gold set and
 * prints precision, recall and F1 per event field. Example row: {@code place   0.700   0.650   0.674}.
 */
@Command(name = "events",
        mixinStandardHelpOptions = true,
        description = "Score coded events (type, actors, place, date, counts, flags) against the event gold set.")
public final class EvalEventsCommand implements Callable<Integer> {
    private static final String ROW = "%-22s %9s %9s %9s %6s %6s %6s%n";

    @Spec
    CommandSpec spec;

    @Mixin
    EventGoldOptions goldSet;

    @Mixin
    JsonReportOption json;

    @Override
    public Integer call() {
        return EvalOutput.report(spec, json.file, "time: ",
                () -> EventEvaluation.standard().evaluate(goldSet.articles(), goldSet.split),
                EvaluationJson::of, EvalEventsCommand::print);
    }

    private static void print(PrintWriter out, EventReport report) {
        out.printf("events (%s split): %d articles, %d gold events, %d predicted%n", report.split(),
                report.articles(), report.goldEvents(), report.predictedEvents());
        if (!report.eventsLayer()) {
            out.println("the pipeline has no events stage yet: no events were predicted, every score is 0");
        }
        if (report.unlocated() > 0) {
            out.printf("%d gold evidence sentences are not in the cleaned text (the cleaner dropped or changed them)%n",
                    report.unlocated());
        }
        out.printf(ROW, "field", "precision", "recall", "f1", "tp", "fp", "fn");
        row(out, "event (any type)", report.detection());
        for (Map.Entry<String, FieldScore> e : report.fields().entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
    }

    private static void row(PrintWriter out, String name, FieldScore s) {
        out.printf(ROW, name, EvalOutput.number(s.precision()), EvalOutput.number(s.recall()),
                EvalOutput.number(s.f1()), s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
}
