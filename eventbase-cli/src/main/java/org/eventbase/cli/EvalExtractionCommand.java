package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventbase.clean.ExtractionScore;
import org.eventbase.eval.EvaluationJson;
import org.eventbase.eval.extraction.ExtractionEvaluation;
import org.eventbase.eval.extraction.ExtractionGroundTruth;
import org.eventbase.eval.extraction.ExtractionReport;
import org.eventbase.eval.extraction.GoldArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase eval extraction HTML_DIR GROUND_TRUTH.json}: scores the cleaner's main text against gold bodies
 * with the article-extraction benchmark's metric. Example output line: {@code f1         0.982}.
 */
@Command(name = "extraction",
        mixinStandardHelpOptions = true,
        description = "Score main-text extraction: pages <id>.html(.gz) in HTML_DIR against {id: {articleBody, url}}.")
public final class EvalExtractionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HTML_DIR", description = "Folder of <id>.html.gz or <id>.html pages.")
    Path htmlDir;

    @Parameters(index = "1", paramLabel = "GROUND_TRUTH", description = "JSON file {id: {articleBody, url}}.")
    Path groundTruth;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores, page by page, as JSON here.")
    Path json;

    @Override
    public Integer call() {
        return EvalOutput.report(spec, json, "time       ", this::evaluate, EvaluationJson::of, EvalExtractionCommand::print);
    }

    private ExtractionReport evaluate() {
        List<GoldArticle> gold = ExtractionGroundTruth.read(groundTruth);
        return new ExtractionEvaluation().evaluate(htmlDir, gold);
    }

    private static void print(PrintWriter out, ExtractionReport report) {
        out.println("article extraction (shingle-4, per-document means)");
        out.println("documents  " + report.score().documents());
        out.println("precision  " + EvalOutput.number(report.score().precision()));
        out.println("recall     " + EvalOutput.number(report.score().recall()));
        out.println("f1         " + EvalOutput.number(report.score().f1()));
        out.println("accuracy   " + EvalOutput.number(report.score().accuracy()));
        out.println("failed     " + report.failures() + " (scored as empty)");
        report.failuresByReason().forEach((reason, count) -> out.println("  " + count + " x " + reason));
        ExtractionScore user = report.englishOnlyScore();
        out.println("with the English-only check of a user's run: f1 " + EvalOutput.number(user.f1())
                + ", accuracy " + EvalOutput.number(user.accuracy()) + ", " + report.refusals() + " pages refused");
        report.refusalsByReason().forEach((reason, count) -> out.println("  " + count + " x " + reason));
    }
}
