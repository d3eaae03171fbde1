package org.eventbase.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    @Test
    void keyDropsDiacriticsCaseArticleAndPunctuation() {
        assertThat(PlaceNames.key("Sant Julià de Lòria")).isEqualTo("sant julia de loria");
        assertThat(PlaceNames.key("SANT-JULIA DE LORIA")).isEqualTo("sant julia de loria");
        assertThat(PlaceNames.key("the Hague")).isEqualTo("hague");
        assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
        assertThat(PlaceNames.key("Tromsø")).isEqualTo("tromso");
        assertThat(PlaceNames.key("Qo‘ng‘irot")).isEqualTo("qo ng irot");
    }

    @Test
    void foldMakesRussianAndFrenchStyleRomanisationsMeet() {
        assertThat(PlaceNames.fold("zhanbor")).isEqualTo(PlaceNames.fold("janbor"));
        assertThat(PlaceNames.fold("khorog")).isEqualTo(PlaceNames.fold("horog"));
        assertThat(PlaceNames.fold("oulan")).isEqualTo(PlaceNames.fold("ulan"));
        assertThat(PlaceNames.fold("yessentuki")).isEqualTo(PlaceNames.fold("esentuki"));
        assertThat(PlaceNames.fold("tromso")).isNotEqualTo(PlaceNames.fold("tomsk"));
    }
}
