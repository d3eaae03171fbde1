package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eventbase.eval.EvaluationJson;
import org.eventbase.eval.time.TimeEvaluation;
import org.eventbase.eval.time.TimeMlDocument;
import org.eventbase.eval.time.TimeReport;
import org.eventbase.eval.time.TimexScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase eval times TIMEML_DIR}: runs the times stage on each TimeML document, its creation date as the
 * publication date, and prints the TempEval-3 scores. Example row: {@code relaxed   0.850   0.800   0.824}.
 */
@Command(name = "times",
        mixinStandardHelpOptions = true,
        description = "Score time expressions against a directory of TimeML (.tml) files, TempEval-3 style.")
public final class EvalTimesCommand implements Callable<Integer> {
    private static final String ROW = "%-10s %9s %9s %9s%n";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TIMEML_DIR", description = "Directory of TimeML files (searched deeply).")
    Path dir;

    @Mixin
    JsonReportOption json;

    @Override
    public Integer call() {
        return EvalOutput.report(spec, json.file, "time: ", this::evaluate, EvaluationJson::of, EvalTimesCommand::print);
    }

    private TimeReport evaluate() {
        List<TimeMlDocument> documents = TimeEvaluation.readAll(dir);
        return TimeEvaluation.standard().evaluate(documents);
    }

    private static void print(PrintWriter out, TimeReport report) {
        TimexScore s = report.score();
        out.printf("time expressions (TempEval-3): %d documents, %d gold, %d predicted%n",
                report.documents(), s.gold(), s.predicted());
        out.printf(ROW, "match", "precision", "recall", "f1");
        out.printf(ROW, "strict", EvalOutput.number(s.strictPrecision()), EvalOutput.number(s.strictRecall()),
                EvalOutput.number(s.strictF1()));
        out.printf(ROW, "relaxed", EvalOutput.number(s.relaxedPrecision()), EvalOutput.number(s.relaxedRecall()),
                EvalOutput.number(s.relaxedF1()));
        out.println("value accuracy " + EvalOutput.number(s.valueAccuracy()));
        out.println("value f1       " + EvalOutput.number(s.valueF1()));
        out.println("relaxed recall by gold type:");
        for (Map.Entry<String, TimexScore> e : report.recallByType().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            out.printf("  %-9s %5d gold  recall %s  value accuracy %s%n", e.getKey(), e.getValue().gold(),
                    EvalOutput.number(e.getValue().relaxedRecall()), EvalOutput.number(e.getValue().valueAccuracy()));
        }
    }
}
