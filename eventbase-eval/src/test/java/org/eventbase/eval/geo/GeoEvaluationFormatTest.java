package org.eventbase.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eventbase.eval.Fixtures;
import org.eventbase.model.InputException;
import org.junit.jupiter.api.Test;

class GeoEvaluationFormatTest {
    @Test
    void tellsLglFromGeoVirusByTheirElements() {
        assertThat(GeoEvaluation.formatOf(Fixtures.path("geo/tiny-lgl.xml"))).isEqualTo("lgl");
        assertThat(GeoEvaluation.formatOf(Fixtures.path("geo/tiny-geovirus.xml"))).isEqualTo("geovirus");
        assertThat(GeoEvaluation.read(Fixtures.path("geo/tiny-geovirus.xml")).get(0).toponyms().get(0).phrase())
                .isEqualTo("Skerry");
    }

    @Test
    void refusesAFileOfNeitherFormatNamingIt() {
        assertThatThrownBy(() -> GeoEvaluation.formatOf(Fixtures.path("geo/unclosed-location.xml").resolveSibling(
                "no-such-file.xml")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no-such-file.xml");
    }
}
