package org.eventbase.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.eventbase.json.DocumentJson;
import org.eventbase.model.Count;
import org.eventbase.pipeline.Provenance;
import org.eventbase.store.EventReview;
import org.eventbase.store.StoredEvent;

/**
 * Writes one JSON object per line per event, at full fidelity: the flat fields of {@link ReviewedEvent}
 * (corrections applied) at the top level, then the event as extracted in nested objects (actors, place, time,
 * counts with claimants, modality, claimant, evidence with sentences, article, provenance, review). Example line:
 * {@code {"id":"5d0c…-ev1","article_id":"5d0c…","event_type":"PROTEST",…,"actors":{"sources":[…]},…}}.
 */
public final class JsonlEventWriter implements EventWriter {
    /** Version of the line format; bump on incompatible changes. */
    public static final String SCHEMA = "eventbase.event-export/1";

    private static final ObjectMapper JSON = DocumentJson.mapper();

    private final Writer out;
    private long written;

    public JsonlEventWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(StoredEvent stored, ReviewedEvent flat) throws IOException {
        out.write(JSON.writeValueAsString(line(stored, flat)));
        out.write('\n');
        written++;
    }

    /** The JSON object of one event (flat fields, then nested detail). */
    static ObjectNode line(StoredEvent stored, ReviewedEvent flat) {
        ObjectNode line = JSON.createObjectNode();
        line.put("schema", SCHEMA);
        line.setAll((ObjectNode) JSON.valueToTree(flat));
        var e = stored.event();
        ObjectNode actors = line.putObject("actors");
        actors.set("sources", JSON.valueToTree(e.sources()));
        actors.set("targets", JSON.valueToTree(e.targets()));
        ObjectNode place = line.putObject("place_detail");
        place.set("as_written", JSON.valueToTree(e.place()));
        place.set("resolved", stored.place() == null ? null : JSON.valueToTree(stored.place()));
        line.set("time", JSON.valueToTree(e.time()));
        ArrayNode counts = line.putArray("counts");
        for (Count c : stored.counts()) {
            counts.add((ObjectNode) JSON.valueToTree(c));
        }
        line.set("modality", JSON.valueToTree(e.modality()));
        line.set("claimant_detail", JSON.valueToTree(e.claimant()));
        line.set("acled", JSON.valueToTree(e.acled()));
        line.set("evidence_spans", JSON.valueToTree(stored.evidence()));
        ObjectNode article = line.putObject("article");
        article.put("id", stored.article().id());
        article.put("input", stored.article().input());
        article.put("url", stored.article().url());
        article.put("title", stored.article().title());
        article.put("publisher", stored.article().publisher());
        article.put("syndicator", stored.article().syndicator());
        article.put("published", stored.article().published());
        article.put("language", stored.article().language());
        ObjectNode provenance = line.putObject("provenance");
        provenance.put("pipeline_version", stored.pipelineVersion());
        provenance.put("ingested_at", stored.ingestedAt());
        ArrayNode stages = provenance.putArray("layers");
        for (Provenance p : stored.provenance()) {
            stages.add((ObjectNode) JSON.valueToTree(p));
        }
        line.set("review_detail", review(stored.review()));
        return line;
    }

    private static ObjectNode review(EventReview r) {
        if (r == null) {
            return null;
        }
        ObjectNode review = JSON.createObjectNode();
        review.put("status", r.status().label());
        review.set("corrected", JSON.valueToTree(new java.util.TreeMap<>(r.corrected())));
        review.put("reviewer", r.reviewer());
        review.put("reason", r.reason());
        review.put("reviewed_at", r.reviewedAt());
        review.put("revision", r.revision());
        return review;
    }

    @Override
    public ExportSummary finish() throws IOException {
        out.flush();
        return new ExportSummary(written, 0, null);
    }
}
