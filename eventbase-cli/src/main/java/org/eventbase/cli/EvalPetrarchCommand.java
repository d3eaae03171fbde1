package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eventbase.eval.EvaluationJson;
import org.eventbase.eval.event.FieldScore;
import org.eventbase.eval.petrarch.PetrarchEvaluation;
import org.eventbase.eval.petrarch.PetrarchReader;
import org.eventbase.eval.petrarch.PetrarchRecord;
import org.eventbase.eval.petrarch.PetrarchReport;
import org.eventbase.model.EventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase eval petrarch PETR.UnitTest.records.xml}: codes PETRARCH2's unit-test sentences and prints
 * P/R/F1 of the PLOVER types against the gold CAMEO codes mapped to PLOVER. Example row:
 * {@code COERCE   0.500   0.308   0.381}.
 */
@Command(name = "petrarch",
        mixinStandardHelpOptions = true,
        description = "Score event types against PETRARCH2 unit-test records (CAMEO codes mapped to PLOVER).")
public final class EvalPetrarchCommand implements Callable<Integer> {
    private static final String ROW = "%-10s %9s %9s %9s %5s %5s %5s%n";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECORDS.xml", description = "PETR.UnitTest.records.xml or the like.")
    Path file;

    @Mixin
    JsonReportOption json;

    @Override
    public Integer call() {
        return EvalOutput.report(spec, json.file, "time: ",
                () -> {
                    List<PetrarchRecord> records = PetrarchReader.read(file);
                    return PetrarchEvaluation.standard().evaluate(records);
                },
                EvaluationJson::of, EvalPetrarchCommand::print);
    }

    private static void print(PrintWriter out, PetrarchReport report) {
        out.printf("event types (PETRARCH2 unit tests): %d records, %d scored, %d gold codes without a PLOVER type%n",
                report.records(), report.scored(), report.unmappedCodes());
        if (!report.eventsLayer()) {
            out.println("the pipeline has no events stage yet: no events were predicted, every score is 0");
        }
        out.printf(ROW, "type", "precision", "recall", "f1", "tp", "fp", "fn");
        for (Map.Entry<EventType, FieldScore> e : report.perType().entrySet()) {
            row(out, e.getKey().name(), e.getValue());
        }
        row(out, "overall", report.overall());
    }

    private static void row(PrintWriter out, String name, FieldScore s) {
        out.printf(ROW, name, EvalOutput.number(s.precision()), EvalOutput.number(s.recall()),
                EvalOutput.number(s.f1()), s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
}
