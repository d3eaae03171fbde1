package org.eventbase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eventbase.eval.EvaluationJson;
import org.eventbase.eval.geo.GeoEvaluation;
import org.eventbase.eval.geo.GeoReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase eval geo GOLD…}: runs the places stage on LGL or GeoVirus gold files and prints toponym
 * detection P/R/F1 and geocoding accuracy@161 km with mean and median error, one row per file. Example row:
 * {@code lgl.xml  lgl  588  0.700  0.650  0.674  0.800  120.5  3.2}.
 */
@Command(name = "geo",
        mixinStandardHelpOptions = true,
        description = "Score toponym detection and resolution against LGL (lgl.xml) or GeoVirus (GeoVirus.xml) "
                + "gold files: accuracy@161 km, mean and median error, detection P/R/F1.")
public final class EvalGeoCommand implements Callable<Integer> {
    private static final String ROW = "%-14s %-8s %5s %6s %6s %6s %8s %8s %9s %9s%n";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD", arity = "1..*", description = "LGL or GeoVirus XML files.")
    List<Path> gold;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents of each file.")
    int limit;

    @Mixin
    JsonReportOption json;

    @Override
    public Integer call() {
        return EvalOutput.report(spec, json.file, "geo: ", this::evaluate, EvaluationJson::of, EvalGeoCommand::print);
    }

    private List<GeoReport> evaluate() {
        gold.forEach(GeoEvaluation::formatOf);
        GeoEvaluation evaluation = GeoEvaluation.standard();
        return gold.stream().map(g -> evaluation.evaluate(g, limit)).toList();
    }

    private static void print(PrintWriter out, List<GeoReport> reports) {
        out.println("toponyms (detection: overlapping spans; geocoding: gold toponyms with a point that were "
                + "resolved)");
        out.printf(ROW, "gold", "format", "docs", "P", "R", "F1", "resolved", "acc@161", "mean km", "median km");
        for (GeoReport r : reports) {
            out.printf(ROW, r.gold(), r.format(), r.documents(), EvalOutput.number(r.detection().precision()),
                    EvalOutput.number(r.detection().recall()), EvalOutput.number(r.detection().f1()),
                    r.geocoding().found() + "/" + r.geocoding().goldWithPoint(),
                    EvalOutput.number(r.geocoding().accuracyAt161()),
                    String.format(java.util.Locale.ROOT, "%.1f", r.geocoding().meanErrorKm()),
                    String.format(java.util.Locale.ROOT, "%.1f", r.geocoding().medianErrorKm()));
        }
    }
}
