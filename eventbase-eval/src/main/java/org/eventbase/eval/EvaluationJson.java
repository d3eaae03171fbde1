package org.eventbase.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventbase.eval.extraction.ExtractionReport;
import org.eventbase.eval.extraction.PageResult;
import org.eventbase.eval.ner.NerReport;
import org.eventbase.eval.ner.SystemScore;
import org.eventbase.eval.ner.TypeScore;
import org.eventbase.eval.quote.QuoteReport;
import org.eventbase.eval.quote.QuoteScore;
import org.eventbase.eval.time.TimeReport;
import org.eventbase.eval.time.TimexScore;

/**
 * Evaluation reports as pretty JSON, for keeping results and comparing runs.
 * Example: {@code EvaluationJson.of(report)} gives {@code {"task":"extraction","documents":91,"f1":0.98,...}}.
 */
public final class EvaluationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationJson() {}

    public static String of(ExtractionReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task", "extraction");
        root.put("documents", report.score().documents());
        root.put("precision", report.score().precision());
        root.put("recall", report.score().recall());
        root.put("f1", report.score().f1());
        root.put("accuracy", report.score().accuracy());
        root.put("failed", report.failures());
        ObjectNode reasons = root.putObject("failureReasons");
        report.failuresByReason().forEach(reasons::put);
        ObjectNode englishOnly = root.putObject("englishOnly");
        englishOnly.put("precision", report.englishOnlyScore().precision());
        englishOnly.put("recall", report.englishOnlyScore().recall());
        englishOnly.put("f1", report.englishOnlyScore().f1());
        englishOnly.put("accuracy", report.englishOnlyScore().accuracy());
        englishOnly.put("refused", report.refusals());
        ObjectNode refusals = englishOnly.putObject("refusalReasons");
        report.refusalsByReason().forEach(refusals::put);
        ArrayNode pages = root.putArray("pages");
        for (PageResult page : report.pages()) {
            ObjectNode p = pages.addObject();
            p.put("id", page.id());
            p.put("precision", page.precision());
            p.put("recall", page.recall());
            p.put("f1", page.f1());
            if (page.failed()) {
                p.put("failure", page.failure());
            }
            if (page.refused()) {
                p.put("languageRefusal", page.languageRefusal());
            }
        }
        return write(root);
    }

    public static String of(NerReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task", "ner");
        root.put("documents", report.documents());
        root.put("sentences", report.sentences());
        root.put("tokens", report.tokens());
        ObjectNode systems = root.putObject("systems");
        for (SystemScore system : report.systems()) {
            ObjectNode s = systems.putObject(system.system());
            put(s.putObject("overall"), system.score().overall());
            ObjectNode types = s.putObject("types");
            system.score().types().forEach(type -> put(types.putObject(type), system.score().of(type)));
        }
        return write(root);
    }

    private static void put(ObjectNode node, TypeScore score) {
        node.put("precision", score.precision());
        node.put("recall", score.recall());
        node.put("f1", score.f1());
        node.put("truePositives", score.truePositives());
        node.put("falsePositives", score.falsePositives());
        node.put("falseNegatives", score.falseNegatives());
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    public static String of(TimeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task", "times");
        root.put("documents", report.documents());
        TimexScore s = report.score();
        root.put("gold", s.gold());
        root.put("predicted", s.predicted());
        ObjectNode strict = root.putObject("strict");
        strict.put("precision", s.strictPrecision());
        strict.put("recall", s.strictRecall());
        strict.put("f1", s.strictF1());
        ObjectNode relaxed = root.putObject("relaxed");
        relaxed.put("precision", s.relaxedPrecision());
        relaxed.put("recall", s.relaxedRecall());
        relaxed.put("f1", s.relaxedF1());
        root.put("valueAccuracy", s.valueAccuracy());
        root.put("valueF1", s.valueF1());
        ObjectNode byType = root.putObject("relaxedRecallByGoldType");
        report.recallByType().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode t = byType.putObject(e.getKey());
            t.put("gold", e.getValue().gold());
            t.put("relaxedRecall", e.getValue().relaxedRecall());
            t.put("valueAccuracy", e.getValue().valueAccuracy());
        });
        return write(root);
    }

    public static String of(org.eventbase.eval.event.EventReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task", "events");
        root.put("split", report.split());
        root.put("articles", report.articles());
        root.put("goldEvents", report.goldEvents());
        root.put("predictedEvents", report.predictedEvents());
        root.put("eventsLayer", report.eventsLayer());
        root.put("goldEvidenceNotInCleanText", report.unlocated());
        put(root.putObject("detection"), report.detection());
        ObjectNode fields = root.putObject("fields");
        report.fields().forEach((name, score) -> put(fields.putObject(name), score));
        return write(root);
    }

    private static void put(ObjectNode node, org.eventbase.eval.event.FieldScore score) {
        node.put("precision", score.precision());
        node.put("recall", score.recall());
        node.put("f1", score.f1());
        node.put("truePositives", score.truePositives());
        node.put("falsePositives", score.falsePositives());
        node.put("falseNegatives", score.falseNegatives());
    }

    public static String of(org.eventbase.eval.event.EventTypeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task", "event-types");
        root.put("snippets", report.snippets());
        root.put("distractors", report.distractors());
        root.put("distractorsAsOther", report.distractorsAsOther());
        root.put("refused", report.refused());
        root.put("eventsLayer", report.eventsLayer());
        put(root.putObject("subEventTypes"), report.subTypes());
        put(root.putObject("eventTypes"), report.eventTypes());
        return write(root);
    }

    private static void put(ObjectNode node, org.eventbase.eval.event.LabelScores scores) {
        node.put("items", scores.items());
        node.put("accuracy", scores.accuracy());
        node.put("macroF1", scores.macroF1());
        ObjectNode labels = node.putObject("labels");
        scores.perLabel().forEach((label, score) -> put(labels.putObject(label), score));
    }

    public static String of(org.eventbase.eval.petrarch.PetrarchReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task", "petrarch");
        root.put("records", report.records());
        root.put("scored", report.scored());
        root.put("unmappedCodes", report.unmappedCodes());
        root.put("eventsLayer", report.eventsLayer());
        put(root.putObject("overall"), report.overall());
        ObjectNode types = root.putObject("types");
        report.perType().forEach((type, score) -> put(types.putObject(type.name()), score));
        return write(root);
    }

    public static String of(QuoteReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task", "quotes");
        root.put("format", report.format());
        root.put("split", report.split());
        root.put("documents", report.documents());
        ObjectNode rows = root.putObject("scores");
        for (QuoteReport.Row row : report.rows()) {
            QuoteScore s = row.score();
            ObjectNode r = rows.putObject(row.label());
            r.put("gold", s.gold());
            r.put("predicted", s.predicted());
            r.put("matched", s.matched());
            r.put("precision", s.precision());
            r.put("recall", s.recall());
            r.put("f1", s.f1());
            r.put("speakerAccuracy", s.speakerAccuracy());
            if (s.kindKnown() > 0) {
                r.put("kindAccuracy", s.kindAccuracy());
            }
        }
        ArrayNode errors = root.putArray("errors");
        for (QuoteReport.Error e : report.errors()) {
            ObjectNode n = errors.addObject();
            n.put("document", e.document());
            n.put("problem", e.problem());
            n.put("quote", e.quote());
            n.put("expected", e.expected());
            n.put("found", e.found());
        }
        return write(root);
    }

    public static String of(java.util.List<org.eventbase.eval.geo.GeoReport> reports) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task", "geo");
        ArrayNode files = root.putArray("gold");
        for (org.eventbase.eval.geo.GeoReport r : reports) {
            ObjectNode f = files.addObject();
            f.put("file", r.gold());
            f.put("format", r.format());
            f.put("documents", r.documents());
            ObjectNode detection = f.putObject("detection");
            detection.put("gold", r.detection().gold());
            detection.put("predicted", r.detection().predicted());
            detection.put("precision", r.detection().precision());
            detection.put("recall", r.detection().recall());
            detection.put("f1", r.detection().f1());
            ObjectNode geocoding = f.putObject("geocoding");
            geocoding.put("goldWithPoint", r.geocoding().goldWithPoint());
            geocoding.put("resolved", r.geocoding().found());
            geocoding.put("accuracyAt161", r.geocoding().accuracyAt161());
            geocoding.put("meanErrorKm", r.geocoding().meanErrorKm());
            geocoding.put("medianErrorKm", r.geocoding().medianErrorKm());
            f.put("seconds", r.seconds());
        }
        return write(root);
    }
}
