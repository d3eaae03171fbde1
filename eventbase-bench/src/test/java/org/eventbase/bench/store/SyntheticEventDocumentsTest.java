package org.eventbase.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.eventbase.model.Place;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;

class SyntheticEventDocumentsTest {
    private final SyntheticEventDocuments synthetic = new SyntheticEventDocuments(42, 5);

    @Test
    void everyEventsSpansPointAtItsActorsPlaceAndDayInTheText() {
        Document doc = synthetic.document(3);
        String text = doc.article().text();

        assertThat(doc.find(Layers.EVENTS).orElseThrow().events()).hasSize(5).allSatisfy(event -> {
            assertThat(slice(text, event.sources().get(0).span())).isEqualToIgnoringCase(event.sources().get(0).text());
            assertThat(slice(text, event.targets().get(0).span())).isEqualTo(event.targets().get(0).text());
            assertThat(slice(text, event.place().span())).isEqualTo(event.place().text());
            assertThat(slice(text, event.time().span())).isEqualTo(event.time().value());
            assertThat(slice(text, event.evidence().get(0))).contains(event.trigger()).endsWith("witnesses said.");
        });
        Place place = doc.find(Layers.PLACES).orElseThrow().places().get(0);
        assertThat(place.resolved()).isTrue();
        assertThat(place.countryCode()).hasSize(2);
    }

    @Test
    void theSameIndexGivesTheSameDocumentAndAnotherIndexAnother() {
        assertThat(synthetic.document(9).article()).isEqualTo(synthetic.document(9).article());
        assertThat(synthetic.document(9).article().text()).isNotEqualTo(synthetic.document(10).article().text());
    }

    private static String slice(String text, org.eventbase.model.Span span) {
        return text.substring(span.start(), span.end());
    }
}
