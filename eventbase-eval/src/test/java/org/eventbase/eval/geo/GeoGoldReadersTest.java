package org.eventbase.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventbase.eval.Fixtures;
import org.eventbase.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoGoldReadersTest {
    @Test
    void readsLglToponymsWithAndWithoutGazetteerPoints() {
        List<GoldGeoDocument> docs = LglReader.read(Fixtures.path("geo/tiny-lgl.xml"));

        assertThat(docs).hasSize(1);
        GoldGeoDocument doc = docs.get(0);
        assertThat(doc.id()).isEqualTo("tiny-lgl.xml:7");
        assertThat(doc.text()).startsWith("Port Elwin harbour closed.");
        assertThat(doc.toponyms()).containsExactly(
                new GoldToponym(0, 10, "Port Elwin", new GeoPoint(10.0, 20.0)),
                new GoldToponym(40, 45, "Elwin", new GeoPoint(10.5, 20.5)),
                new GoldToponym(49, 55, "Skerry", null));
    }

    @Test
    void snapsOffsetsThatAreOffByTwoToThePhrase() {
        GoldToponym elwin = LglReader.read(Fixtures.path("geo/tiny-lgl.xml")).get(0).toponyms().get(1);

        // annotated [42, 47); "Elwin" in "Ferries from Elwin" starts at 40
        assertThat(elwin.start()).isEqualTo(40);
    }

    @Test
    void movesGeoVirusOffsetsBackByOne() {
        GoldGeoDocument doc = GeoVirusReader.read(Fixtures.path("geo/tiny-geovirus.xml")).get(0);

        assertThat(doc.toponyms()).containsExactly(new GoldToponym(14, 20, "Skerry", new GeoPoint(11.0, 21.0)));
        assertThat(doc.text().substring(14, 20)).isEqualTo("Skerry");
    }

    @Test
    void readsLocationsHeldInsideALocationWhoseEndTagWentMissing() {
        List<GoldGeoDocument> docs = GeoVirusReader.read(Fixtures.path("geo/unclosed-location.xml"));

        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).toponyms()).extracting(GoldToponym::phrase).containsExactlyInAnyOrder("Skerry", "Elwin");
    }

    @Test
    void rejectsMalformedXmlNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.xml"), "<articles><article>");

        assertThatThrownBy(() -> LglReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": not well-formed XML");
    }
}
