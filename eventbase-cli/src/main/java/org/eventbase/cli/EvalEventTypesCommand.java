package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eventbase.eval.EvaluationJson;
import org.eventbase.eval.event.CaseSnippet;
import org.eventbase.eval.event.CaseSnippetReader;
import org.eventbase.eval.event.EventTypeEvaluation;
import org.eventbase.eval.event.EventTypeReport;
import org.eventbase.eval.event.FieldScore;
import org.eventbase.eval.event.LabelScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase eval event-types FILE.tsv}: codes each CASE 2021 snippet and prints accuracy and macro-F1 over
 * ACLED's 25 sub-event types and 6 event types. Example row: {@code sub-event types (25)   0.412   0.305}.
 */
@Command(name = "event-types",
        mixinStandardHelpOptions = true,
        description = "Score event typing against CASE 2021 task 2 snippets (id, EventSnippet, SubType).")
public final class EvalEventTypesCommand implements Callable<Integer> {
    private static final String ROW = "%-24s %9s %9s%n";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.tsv", description = "A CASE 2021 task 2 TSV file.")
    Path file;

    @Mixin
    JsonReportOption json;

    @Override
    public Integer call() {
        return EvalOutput.report(spec, json.file, "time: ",
                () -> {
                    List<CaseSnippet> snippets = CaseSnippetReader.read(file);
                    return EventTypeEvaluation.standard().evaluate(snippets);
                },
                EvaluationJson::of, EvalEventTypesCommand::print);
    }

    private static void print(PrintWriter out, EventTypeReport report) {
        out.printf("event types (CASE 2021): %d snippets, %d with an ACLED label, %d distractors "
                + "(%d of them predicted OTHER), %d refused%n", report.snippets(),
                report.snippets() - report.distractors(), report.distractors(), report.distractorsAsOther(),
                report.refused());
        if (!report.eventsLayer()) {
            out.println("the pipeline has no events stage yet: every snippet is predicted OTHER");
        }
        out.printf(ROW, "labels", "accuracy", "macro-f1");
        out.printf(ROW, "sub-event types (25)", EvalOutput.number(report.subTypes().accuracy()),
                EvalOutput.number(report.subTypes().macroF1()));
        out.printf(ROW, "event types (6)", EvalOutput.number(report.eventTypes().accuracy()),
                EvalOutput.number(report.eventTypes().macroF1()));
        out.println("f1 by sub-event type:");
        perLabel(out, report.subTypes());
        out.println("f1 by event type:");
        perLabel(out, report.eventTypes());
    }

    private static void perLabel(PrintWriter out, LabelScores scores) {
        for (Map.Entry<String, FieldScore> e : scores.perLabel().entrySet()) {
            FieldScore s = e.getValue();
            out.printf("  %-30s %s  (tp %d, fp %d, fn %d)%n", e.getKey(), EvalOutput.number(s.f1()),
                    s.truePositives(), s.falsePositives(), s.falseNegatives());
        }
    }
}
