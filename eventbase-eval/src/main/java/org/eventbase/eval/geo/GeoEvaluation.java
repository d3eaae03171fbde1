package org.eventbase.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.entity.EntityStage;
import org.eventbase.geo.PlaceStage;
import org.eventbase.model.Article;
import org.eventbase.model.InputException;
import org.eventbase.model.Mention;
import org.eventbase.model.OffsetMap;
import org.eventbase.model.Place;
import org.eventbase.nlp.CoreNlpStage;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Pipeline;

/**
 * Scores the places stage on a geoparsing gold file, LGL ({@code lgl.xml}) or GeoVirus ({@code GeoVirus.xml}),
 * told apart by their elements: each document's text runs through the pipeline (NLP, entities, places), every
 * place mention counts for toponym detection, and each gold toponym with a point is compared with the first
 * resolved place mention overlapping it (accuracy@161 km, mean and median error). Example:
 * {@code GeoEvaluation.standard().evaluate(Path.of("lgl.xml"), 0)}.
 */
public final class GeoEvaluation {
    private final Pipeline pipeline;

    public GeoEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The shared NLP models, then the entities and places stages. */
    public static GeoEvaluation standard() {
        return new GeoEvaluation(Pipeline.of(CoreNlpStage.shared(), new EntityStage(), new PlaceStage()));
    }

    /** Reads {@code gold} in whichever of the two formats it is. */
    public static List<GoldGeoDocument> read(Path gold) {
        return switch (formatOf(gold)) {
            case "lgl" -> LglReader.read(gold);
            default -> GeoVirusReader.read(gold);
        };
    }

    /** {@code lgl} when the file has {@code <toponyms>}, {@code geovirus} when it has {@code <locations>}. */
    public static String formatOf(Path gold) {
        String head;
        try (InputStream in = Files.newInputStream(gold)) {
            head = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(gold.toString(), "cannot read the gold file: " + e.getMessage());
        }
        if (head.contains("<toponyms")) {
            return "lgl";
        }
        if (head.contains("<locations")) {
            return "geovirus";
        }
        throw new InputException(gold.toString(), "neither LGL (<toponyms>) nor GeoVirus (<locations>) XML; "
                + "give lgl.xml or GeoVirus.xml");
    }

    /** Scores the first {@code limit} documents of {@code gold} (all when {@code limit} is 0 or less). */
    public GeoReport evaluate(Path gold, int limit) {
        List<GoldGeoDocument> documents = read(gold);
        if (limit > 0 && documents.size() > limit) {
            documents = documents.subList(0, limit);
        }
        long start = System.nanoTime();
        ToponymDetectionScore detection = ToponymDetectionScore.EMPTY;
        GeocodingScore geocoding = GeocodingScore.EMPTY;
        for (GoldGeoDocument doc : documents) {
            List<PredictedToponym> predicted = predict(doc);
            detection = detection.plus(doc.toponyms(), predicted);
            List<ResolvedPlace> resolved = predicted.stream().filter(p -> p.point() != null)
                    .map(p -> new ResolvedPlace(p.start(), p.end(), p.point())).toList();
            geocoding = geocoding.plus(doc.toponyms(), resolved);
        }
        return new GeoReport(gold.getFileName().toString(), formatOf(gold), documents.size(), detection, geocoding,
                (System.nanoTime() - start) / 1e9);
    }

    private List<PredictedToponym> predict(GoldGeoDocument doc) {
        Article article = new Article(doc.id(), doc.id(), null, null, null, null, null, null, "en", doc.text(),
                OffsetMap.identity(doc.text().length()));
        List<PredictedToponym> predicted = new ArrayList<>();
        for (Place place : pipeline.run(Document.of(article)).layer(Layers.PLACES).places()) {
            GeoPoint point = place.resolved() ? new GeoPoint(place.lat(), place.lon()) : null;
            for (Mention m : place.mentions()) {
                predicted.add(new PredictedToponym(m.start(), m.end(), point));
            }
        }
        predicted.sort(java.util.Comparator.comparingInt(PredictedToponym::start));
        return predicted;
    }
}
