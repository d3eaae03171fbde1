package org.eventbase.geo;

import static org.assertj.core.api.Assertions.fail;

import java.util.stream.Collectors;
import org.eventbase.entity.EntityAssertions;
import org.eventbase.entity.EntityStage;
import org.eventbase.model.Place;
import org.eventbase.nlp.CoreNlpStage;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Pipeline;

/**
 * A test kit for the places stage: give text, get the document with its places, look a place up by a name its
 * mentions use. Models and the gazetteer load once per test JVM.
 * Example: {@code assertThat(place(extract("Floods hit Paris, Texas."), "Paris").countryCode()).isEqualTo("US")}.
 */
final class PlaceAssertions {
    private PlaceAssertions() {}

    private static final class Shared {
        static final Pipeline PIPELINE = Pipeline.of(CoreNlpStage.shared(), new EntityStage(), new PlaceStage());
    }

    static Document extract(String text) {
        return Shared.PIPELINE.run(Document.of(EntityAssertions.article(text)));
    }

    /** The place one of whose mentions reads {@code mention}; fails listing the places found otherwise. */
    static Place place(Document doc, String mention) {
        return doc.layer(Layers.PLACES).places().stream()
                .filter(p -> p.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .findFirst()
                .orElseGet(() -> fail("no place mentioned as '%s' among %s", mention, describe(doc)));
    }

    static boolean hasPlaceMentioned(Document doc, String mention) {
        return doc.layer(Layers.PLACES).places().stream()
                .anyMatch(p -> p.mentions().stream().anyMatch(m -> m.text().equals(mention)));
    }

    static String describe(Document doc) {
        return doc.layer(Layers.PLACES).places().stream()
                .map(p -> p.id() + " " + p.name() + " " + p.precision() + " " + p.countryCode() + "/"
                        + p.admin1Code() + " " + p.featureCode() + " (" + p.lat() + ", " + p.lon() + ") "
                        + p.mentions().stream().map(m -> m.text() + "@" + m.start()).toList()
                        + (p.reason() == null ? "" : " reason=" + p.reason()))
                .collect(Collectors.joining("\n  ", "[\n  ", "\n]"))
                + "\n entities: " + doc.layer(Layers.ENTITIES).entities().stream()
                        .map(e -> e.id() + ":" + e.name() + ":" + e.kind()).toList();
    }
}
