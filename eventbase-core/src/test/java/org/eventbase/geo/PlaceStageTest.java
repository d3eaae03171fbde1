package org.eventbase.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.geo.PlaceAssertions.describe;
import static org.eventbase.geo.PlaceAssertions.extract;
import static org.eventbase.geo.PlaceAssertions.hasPlaceMentioned;
import static org.eventbase.geo.PlaceAssertions.place;

import org.eventbase.model.Place;
import org.eventbase.model.PlacePrecision;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;

class PlaceStageTest {
    @Test
    void resolvesParisToTexasWhenTheStateIsWrittenBesideIt() {
        Place paris = place(extract("Storms damaged roofs in Paris, Texas, on Monday. Two people were hurt."), "Paris");
        assertThat(paris.countryCode()).isEqualTo("US");
        assertThat(paris.admin1Code()).isEqualTo("TX");
        assertThat(paris.precision()).isEqualTo(PlacePrecision.CITY);
    }

    @Test
    void resolvesParisToTheFrenchCapitalInAStoryAboutFrance() {
        Place paris = place(extract("French police cleared a protest camp in Paris on Tuesday. The interior "
                + "minister of France praised officers."), "Paris");
        assertThat(paris.countryCode()).isEqualTo("FR");
        assertThat(paris.featureCode()).isEqualTo("PPLC");
        assertThat(paris.geonameId()).isEqualTo(2988507L);
    }

    @Test
    void resolvesAnAmbiguousCityByTheArticlesCountryFocus() {
        Document doc = extract("Venezuelan troops were sent to Valencia after protests in Caracas and Maracay.");
        assertThat(place(doc, "Valencia").countryCode()).as(describe(doc)).isEqualTo("VE");
    }

    @Test
    void resolvesAnAmbiguousCityToSpainWhenTheStoryIsSpanish() {
        Document doc = extract("Spanish firefighters fought a blaze near Valencia, and crews from Madrid and "
                + "Barcelona joined them.");
        assertThat(place(doc, "Valencia").countryCode()).as(describe(doc)).isEqualTo("ES");
    }

    @Test
    void findsATownUnderAnotherRomanisationOfItsName() {
        Place town = place(extract("Workers rallied in Jitomir on Sunday, local media reported."), "Jitomir");
        assertThat(town.name()).isEqualTo("Zhytomyr");
        assertThat(town.countryCode()).isEqualTo("UA");
    }

    @Test
    void givesCityCountryAdmin1AndWorldRegionPrecisions() {
        Document doc = extract("Protesters gathered in Tbilisi, the capital of Georgia, and in Adjara region; "
                + "similar rallies took place across Central Asia.");
        assertThat(place(doc, "Tbilisi").precision()).isEqualTo(PlacePrecision.CITY);
        assertThat(place(doc, "Georgia").precision()).isEqualTo(PlacePrecision.COUNTRY);
        assertThat(place(doc, "Georgia").countryCode()).as("the country, not the US state").isEqualTo("GE");
        assertThat(place(doc, "Adjara").precision()).isEqualTo(PlacePrecision.ADMIN1);
        assertThat(place(doc, "Central Asia").precision()).isEqualTo(PlacePrecision.REGION);
    }

    @Test
    void placesAVagueRegionInTheCountryADemonymNames() {
        Place region = place(extract("Fires spread in the south of the country, Chilean officials said."),
                "the south of the country");
        assertThat(region.precision()).isEqualTo(PlacePrecision.REGION);
        assertThat(region.countryCode()).isEqualTo("CL");
        assertThat(region.reason()).isNull();
    }

    @Test
    void makesOneRegionPlaceOfAPhraseRepeated() {
        Document doc = extract("Fires spread in the south of the country, Chilean officials said. Roads in the south "
                + "of the country were closed.");
        Place region = place(doc, "the south of the country");
        assertThat(region.mentions()).hasSize(2);
        assertThat(doc.layer(Layers.PLACES).places()).filteredOn(p -> p.precision() == PlacePrecision.REGION)
                .hasSize(1);
    }

    @Test
    void takesARegionsNameWithoutItsDivisionWordForItsLargeNamesakeCity() {
        Document doc = extract("Strikers marched in Samara and Saratov, Russian media said. In Kaluga region, "
                + "farmers joined them.");
        assertThat(place(doc, "Samara").precision()).as(describe(doc)).isEqualTo(PlacePrecision.CITY);
        assertThat(place(doc, "Kaluga").precision()).as(describe(doc)).isEqualTo(PlacePrecision.ADMIN1);
    }

    @Test
    void placesACompassAdjectiveBeforeACountryAsARegionOfIt() {
        Document doc = extract("Miners in Mangystau province went on strike. The protest spread to western "
                + "Kazakhstan.");
        assertThat(place(doc, "Mangystau").precision()).isEqualTo(PlacePrecision.ADMIN1);
        Place west = place(doc, "western Kazakhstan");
        assertThat(west.precision()).isEqualTo(PlacePrecision.REGION);
        assertThat(west.countryCode()).isEqualTo("KZ");
    }

    @Test
    void keepsSeatsOfGovernmentAndCapitalsSpeakingForTheirStateOut() {
        Document doc = extract("The Kremlin rejected the claims. Moscow said the sanctions were illegal. Snow "
                + "fell in Moscow on Friday.");
        assertThat(hasPlaceMentioned(doc, "Kremlin")).as(describe(doc)).isFalse();
        Place moscow = place(doc, "Moscow");
        assertThat(moscow.mentions()).as("only the snowy Moscow is a place").hasSize(1);
        assertThat(moscow.mentions().get(0).start()).isGreaterThan(60);
        assertThat(extract("Washington said it would respond to the attack.").layer(Layers.PLACES).places())
                .isEmpty();
    }

    @Test
    void keepsNamesTheGazetteerLacksWithAReason() {
        Document doc = extract("Villagers fled the town of Brezhvanovka after the river burst its banks.");
        Place unknown = place(doc, "Brezhvanovka");
        assertThat(unknown.resolved()).isFalse();
        assertThat(unknown.reason()).isEqualTo(PlaceStage.NOT_IN_GAZETTEER);
        assertThat(unknown.entityId()).isNotNull();
    }

    @Test
    void numbersPlacesInOrderOfFirstMentionAndLinksTheirEntities() {
        Document doc = extract("Floods hit Lyon and Marseille. Lyon's mayor asked for help.");
        var places = doc.layer(Layers.PLACES).places();
        assertThat(places).extracting(Place::id).containsExactly("p1", "p2");
        assertThat(places.get(0).name()).isEqualTo("Lyon");
        assertThat(places.get(0).mentions()).hasSize(2);
        assertThat(doc.layer(Layers.PLACES).byEntity(places.get(0).entityId())).contains(places.get(0));
    }

    @Test
    void loadsTheGazetteerOncePerJvm() {
        extract("Rain fell in Oslo.");
        extract("Snow fell in Bergen.");
        assertThat(Gazetteer.shared()).isSameAs(Gazetteer.shared());
        assertThat(Gazetteer.loads()).isEqualTo(1);
    }
}
