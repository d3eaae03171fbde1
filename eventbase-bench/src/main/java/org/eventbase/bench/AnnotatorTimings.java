package org.eventbase.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoreNLP's own per-annotator timing ({@code StanfordCoreNLP.timingInformation()}: wall time summed over every
 * {@code annotate} call of that pipeline instance, printed in tenths of a second) as stage times named after the
 * annotators. Example: the line {@code POSTaggerAnnotator: 2.5 sec.} becomes
 * {@code new StageTime(" nlp: pos", 2_500_000_000L)} with prefix {@code " nlp: "}.
 */
public final class AnnotatorTimings {
    private static final Pattern LINE = Pattern.compile("^\\s*(\\S+): ([\\d.]+) sec\\.\\s*$", Pattern.MULTILINE);
    private static final Map<String, String> NAMES = Map.of(
            "TokenizerAnnotator", "tokenize",
            "WordsToSentencesAnnotator", "ssplit",
            "POSTaggerAnnotator", "pos",
            "MorphaAnnotator", "lemma",
            "NERCombinerAnnotator", "ner",
            "DependencyParseAnnotator", "depparse");

    private AnnotatorTimings() {}

    public static List<StageTime> of(StanfordCoreNLP pipeline, String prefix) {
        return parse(pipeline.timingInformation(), prefix);
    }

    static List<StageTime> parse(String timing, String prefix) {
        List<StageTime> times = new ArrayList<>();
        Matcher m = LINE.matcher(timing);
        while (m.find()) {
            if (!m.group(1).equals("TOTAL")) {
                String name = NAMES.getOrDefault(m.group(1), m.group(1));
                times.add(new StageTime(prefix + name, Math.round(Double.parseDouble(m.group(2)) * 1e9)));
            }
        }
        return times;
    }
}
