package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventbase.eval.EvaluationJson;
import org.eventbase.eval.quote.QuoteEvaluation;
import org.eventbase.eval.quote.QuoteGoldSet;
import org.eventbase.eval.quote.QuoteReport;
import org.eventbase.eval.quote.QuoteScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase eval quotes GOLD}: runs the quote stage on a quotes gold set (the project's {@code gold/quotes}
 * or a PolNeAR directory, told apart by the path) and prints detection P/R/F1 and speaker accuracy.
 * Example row: {@code all kinds   152   160   140   0.875   0.921   0.897   0.850}.
 */
@Command(name = "quotes",
        mixinStandardHelpOptions = true,
        description = "Score quote detection and speaker attribution against a quotes gold set "
                + "(project JSONL or PolNeAR brat).")
public final class EvalQuotesCommand implements Callable<Integer> {
    private static final String ROW = "%-17s %6s %6s %6s %9s %9s %9s %9s %9s%n";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD",
            description = "gold/quotes (or its quotes.jsonl), a PolNeAR root or one PolNeAR compartment.")
    Path gold;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
            description = "dev, test or all (default: dev); a PolNeAR compartment path is read whole.")
    String split;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores and errors as JSON here.")
    Path json;

    @Override
    public Integer call() {
        return EvalOutput.report(spec, json, "time: ", this::evaluate, EvaluationJson::of, EvalQuotesCommand::print);
    }

    /** Reads the gold set first, so that a bad path fails before the models load. */
    private QuoteReport evaluate() {
        QuoteGoldSet goldSet = QuoteGoldSet.read(gold, split);
        return QuoteEvaluation.standard().evaluate(goldSet);
    }

    private static void print(PrintWriter out, QuoteReport report) {
        out.printf("quotes (%s, %s): %d documents; a match shares >= 50%% of the tokens of both quotes%n",
                report.format(), report.split(), report.documents());
        out.printf(ROW, "quotes", "gold", "pred", "match", "precision", "recall", "f1", "speaker", "kind");
        for (QuoteReport.Row row : report.rows()) {
            QuoteScore s = row.score();
            out.printf(ROW, row.label(), s.gold(), s.predicted(), s.matched(), EvalOutput.number(s.precision()),
                    EvalOutput.number(s.recall()), EvalOutput.number(s.f1()), EvalOutput.number(s.speakerAccuracy()),
                    s.kindKnown() == 0 ? "-" : EvalOutput.number(s.kindAccuracy()));
        }
        out.println("speaker = share of matched quotes whose speaker agrees with the gold; "
                + "kind = share whose kind agrees (per-kind rows match only quotes of that kind)");
    }
}
