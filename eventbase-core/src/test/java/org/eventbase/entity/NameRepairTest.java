package org.eventbase.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.entity.EntityAssertions.entity;
import static org.eventbase.entity.EntityAssertions.extract;
import static org.eventbase.entity.EntityAssertions.person;

import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Role;
import org.junit.jupiter.api.Test;

/** Names the recogniser splits or mis-kinds, mended by what the article itself writes around them. */
class NameRepairTest {

    @Test
    void nationalityRightBeforeAnOrganisationIsPartOfItsName() {
        EntityLayer layer = extract("The Kenyan Red Cross said it had sent four teams to Eldoret.");
        assertThat(entity(layer, "Kenyan Red Cross").kind()).isEqualTo(EntityKind.ORGANIZATION);
    }

    @Test
    void nationalityStaysApartWhenTheOrganisationIsAlsoNamedWithoutIt() {
        EntityLayer layer = extract("Police raided the offices of the Russian Gazprom Bank on Monday. "
                + "Gazprom Bank denied any wrongdoing.");
        assertThat(layer.entities()).noneMatch(e -> e.name().equals("Russian Gazprom Bank"));
    }

    @Test
    void untaggedWordBeforeAPlaceJoinsItWhenTheLongerNameIsWrittenElsewhere() {
        EntityLayer layer = extract("North Macedonia's interior minister, Goran Petrov, resigned on Monday. "
                + "Protests spread across North Macedonia and into Albania.");
        assertThat(person(layer, "Goran Petrov").roles()).extracting(Role::of).containsExactly("North Macedonia");
        assertThat(entity(layer, "North Macedonia").mentions()).hasSize(2);
    }

    @Test
    void settlementOrDivisionNounMakesANameAGovernedPlace() {
        EntityLayer layer = extract("Gunmen attacked the town of Gubio on Sunday. The epicentre was in Lamjung "
                + "district, and tremors were felt in the districts of Gorkha and Tanahun.");
        assertThat(entity(layer, "Gubio").kind()).isEqualTo(EntityKind.GPE);
        assertThat(entity(layer, "Lamjung").kind()).isEqualTo(EntityKind.GPE);
        assertThat(entity(layer, "Tanahun").kind()).isEqualTo(EntityKind.GPE);
    }

    @Test
    void adjectiveBeforeAPluralDivisionNounStaysWhatItWas() {
        EntityLayer layer = extract("Leaders of the former Yugoslav states met in Skopje.");
        assertThat(layer.entities()).filteredOn(e -> e.name().equals("Yugoslav"))
                .allSatisfy(e -> assertThat(e.kind()).isNotEqualTo(EntityKind.GPE));
    }

    @Test
    void theDistrictOfACityStaysALocation() {
        EntityLayer layer = extract("Police cleared a square in the Vake district of Tbilisi on Friday.");
        assertThat(layer.entities()).filteredOn(e -> e.name().equals("Vake"))
                .allSatisfy(e -> assertThat(e.kind()).isNotEqualTo(EntityKind.GPE));
    }

    @Test
    void acronymExpansionMayHoldAComma() {
        EntityLayer layer = extract("The ministers wrote to the Nordic Energy, Transport and Fisheries Authority "
                + "(NETFA) on Monday. NETFA has not replied.");
        Entity authority = entity(layer, "NETFA");
        assertThat(authority.name()).isEqualTo("Nordic Energy, Transport and Fisheries Authority");
        assertThat(authority.mentions()).hasSize(3);
    }

    @Test
    void furtherOccurrencesOfATaggedNameAreMentionsToo() {
        String text = "Thousands fled to the border town of Tissi. Aid workers in Tissi said water was short. "
                + "Tissi has one clinic.";
        EntityLayer layer = extract(text);
        assertThat(entity(layer, "Tissi").mentions()).hasSize(3);
        EntityAssertions.assertMentionsMatchText(layer, text);
    }

    @Test
    void placeNamedInsideAnOrganisationNameIsAMentionOfThePlace() {
        String text = "Voters in Norland queued for hours. The Electoral Commission of Norland (ECN) said turnout "
                + "was high.";
        EntityLayer layer = extract(text);
        assertThat(entity(layer, "ECN").name()).isEqualTo("Electoral Commission of Norland");
        assertThat(entity(layer, "Norland").mentions()).hasSize(2);
        EntityAssertions.assertMentionsMatchText(layer, text);
    }

    @Test
    void organisationNounBeforeANameMakesItAnOrganisationEverywhere() {
        EntityLayer layer = extract("Police raided the offices of the independent news site Layla Dar on Monday. "
                + "Layla Dar has published since 2019.");
        Entity site = entity(layer, "Layla Dar");
        assertThat(site.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(site.mentions()).hasSize(2);
    }

    @Test
    void peopleOfANamedCountryAreANationalityNotAMiscName() {
        EntityLayer layer = extract("Voters in Malawi queued for hours. \"Malawians want change,\" she said.");
        assertThat(layer.entities()).filteredOn(e -> e.name().equals("Malawians"))
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(EntityKind.NORP));
    }
}
