package org.eventbase.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eventbase.model.PlacePrecision;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    @Test
    void bundledGazetteerHoldsCitiesRegionsCountriesAndWorldRegions() {
        Gazetteer g = Gazetteer.shared();
        assertThat(g.size()).isGreaterThan(200_000);
        assertThat(g.lookup("Valparaíso")).anyMatch(e -> e.countryCode().equals("CL") && e.population() > 100_000);
        assertThat(g.lookup("Texas")).anyMatch(e -> e.precision() == PlacePrecision.ADMIN1 && e.admin1Code().equals("TX"));
        assertThat(g.lookup("Chile")).anyMatch(e -> e.precision() == PlacePrecision.COUNTRY);
        assertThat(g.lookup("Central Asia")).anyMatch(e -> e.precision() == PlacePrecision.REGION);
        assertThat(g.countryOfDemonym("Chilean")).contains("CL");
        assertThat(g.admin1("US", "TX")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Texas"));
    }

    @Test
    void findsPlacesByAlternateNamesAndSpellingsWithoutDiacritics() {
        Gazetteer g = Gazetteer.shared();
        assertThat(g.lookup("Alma-Ata")).anyMatch(e -> Long.valueOf(1526384L).equals(e.geonameId()));
        assertThat(g.lookup("Sao Paulo")).anyMatch(e -> Long.valueOf(3448439L).equals(e.geonameId()));
        assertThat(g.lookup("Zhytomyr")).anyMatch(e -> Long.valueOf(686967L).equals(e.geonameId()));
        assertThat(g.lookup("Jitomir")).anyMatch(e -> Long.valueOf(686967L).equals(e.geonameId()));
    }

    @Test
    void readsTheCompiledFormatAndLooksUpFoldedRomanisations() throws IOException {
        String rows = String.join("\n",
                "C\t0\tElwinia\t10.0\t20.0\tA\tPCLI\tXE\t\t5000\telwinian",
                "P\t77\tZhanbor\t10.5\t20.5\tP\tPPLA\tXE\t01\t1200\t",
                Gazetteer.EXACT_SECTION,
                "elwinia\t0",
                "zhanbor\t1",
                Gazetteer.FOLDED_SECTION,
                "janbor\t1",
                "");
        Gazetteer g = Gazetteer.read(new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
        assertThat(g.lookup("Janbor")).singleElement().satisfies(e -> {
            assertThat(e.geonameId()).isEqualTo(77L);
            assertThat(e.precision()).isEqualTo(PlacePrecision.CITY);
        });
        assertThat(g.lookup("the Elwinia")).singleElement()
                .satisfies(e -> assertThat(e.precision()).isEqualTo(PlacePrecision.COUNTRY));
        assertThat(g.countryOfDemonym("Elwinian")).contains("XE");
        assertThat(g.lookup("Nowhere")).isEmpty();
    }
}
