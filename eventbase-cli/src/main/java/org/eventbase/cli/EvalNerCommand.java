package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventbase.eval.EvaluationJson;
import org.eventbase.eval.ner.ConllDocument;
import org.eventbase.eval.ner.ConllReader;
import org.eventbase.eval.ner.NerEvaluation;
import org.eventbase.eval.ner.NerReport;
import org.eventbase.eval.ner.SystemScore;
import org.eventbase.eval.ner.TypeScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase eval ner FILE.conll}: scores CoreNLP's raw mentions and Eventbase's entities side by side on
 * CoNLL-2003 data, entity-level exact match, micro-averaged. Example row:
 * {@code corenlp-ner          PER   0.912  0.887  0.899   1234}.
 */
@Command(name = "ner",
        mixinStandardHelpOptions = true,
        description = "Score named entities against a CoNLL-2003 file (TOKEN POS CHUNK NER, IOB1 tags).")
public final class EvalNerCommand implements Callable<Integer> {
    private static final String ROW = "%-20s %-7s %9s %9s %9s %6s%n";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL-2003 file.")
    Path conll;

    @Mixin
    JsonReportOption json;

    @Override
    public Integer call() {
        return EvalOutput.report(spec, json.file, "time: ", this::evaluate, EvaluationJson::of, EvalNerCommand::print);
    }

    private NerReport evaluate() {
        List<ConllDocument> documents = ConllReader.read(conll);
        return NerEvaluation.standard().evaluate(documents);
    }

    private static void print(PrintWriter out, NerReport report) {
        out.printf("named entities (exact match, micro-averaged): %d documents, %d sentences, %d tokens%n",
                report.documents(), report.sentences(), report.tokens());
        out.printf(ROW, "system", "type", "precision", "recall", "f1", "gold");
        for (SystemScore system : report.systems()) {
            for (String type : system.score().types()) {
                row(out, system.system(), type, system.score().of(type));
            }
            row(out, system.system(), "overall", system.score().overall());
        }
    }

    private static void row(PrintWriter out, String system, String type, TypeScore score) {
        out.printf(ROW, system, type, EvalOutput.number(score.precision()), EvalOutput.number(score.recall()),
                EvalOutput.number(score.f1()), score.gold());
    }
}
