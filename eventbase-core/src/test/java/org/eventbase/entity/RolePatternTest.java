package org.eventbase.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.eventbase.entity.EntityAssertions.entity;
import static org.eventbase.entity.EntityAssertions.evidence;
import static org.eventbase.entity.EntityAssertions.extract;
import static org.eventbase.entity.EntityAssertions.person;

import org.eventbase.model.EntityLayer;
import org.eventbase.model.Role;
import org.junit.jupiter.api.Test;

class RolePatternTest {

    @Test
    void countryPossessiveTitleBeforeNameIsARoleOfThatCountry() {
        String text = "Norway's foreign minister Ana Berg arrived in Madrid on Monday.";
        EntityLayer layer = extract(text);
        Role role = person(layer, "Ana Berg").roles().get(0);
        assertThat(role.title()).isEqualTo("foreign minister");
        assertThat(role.of()).isEqualTo("Norway");
        assertThat(role.ofEntityId()).isEqualTo(entity(layer, "Norway").id());
        assertThat(evidence(text, role.evidence())).isEqualTo("Norway's foreign minister Ana Berg");
    }

    @Test
    void appositionWithPersonPossessiveIsARoleOfThatPerson() {
        String text = "Ana Berg, Norway's foreign minister, flew home. Lars Dahl, Berg's spokesperson, "
                + "said the talks had ended.";
        EntityLayer layer = extract(text);
        Role role = person(layer, "Lars Dahl").roles().get(0);
        assertThat(role.title()).isEqualTo("spokesperson");
        assertThat(role.ofEntityId()).isEqualTo(person(layer, "Ana Berg").id());
        assertThat(evidence(text, role.evidence())).isEqualTo("Lars Dahl, Berg's spokesperson");
    }

    @Test
    void nationalityTitleBeforeCommaIsARoleOfTheCountry() {
        String text = "Ana Berg later spoke to the Swedish prime minister, Erik Holm, about fishing rights in Sweden.";
        EntityLayer layer = extract(text);
        assertThat(person(layer, "Erik Holm").roles())
                .extracting(Role::title, Role::of, Role::ofEntityId)
                .containsExactly(tuple("prime minister", "Sweden", entity(layer, "Sweden").id()));
    }

    @Test
    void titleDirectlyBeforeNameIsARole() {
        EntityLayer layer = extract("Opposition MP Olav Strand and Prime Minister Kari Moen met in Oslo on Friday.");
        assertThat(person(layer, "Olav Strand").roles()).extracting(Role::title).containsExactly("opposition MP");
        assertThat(person(layer, "Kari Moen").roles()).extracting(Role::title).containsExactly("prime minister");
    }

    @Test
    void appositionWithTitleOfPlaceIsARoleOfThatPlace() {
        String text = "The treaty was signed by Ana Berg, foreign minister of Norway, on Friday.";
        EntityLayer layer = extract(text);
        assertThat(person(layer, "Ana Berg").roles())
                .extracting(Role::title, Role::of)
                .containsExactly(tuple("foreign minister", "Norway"));
    }

    @Test
    void indefiniteAppositionGivesRoleWithoutOwner() {
        String text = "\"Nothing has changed,\" said Ana Berg, an Oslo-based political analyst.";
        EntityLayer layer = extract(text);
        assertThat(person(layer, "Ana Berg").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("political analyst", null));
    }

    @Test
    void ownedRoleReplacesTheSameTitleWithoutOwner() {
        EntityLayer layer = extract("Finland's president Maria Lind spoke on Monday. "
                + "On Tuesday President Lind flew to Oslo.");
        assertThat(person(layer, "Maria Lind").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("president", "Finland"));
    }

    @Test
    void predecessorIsARoleRelativeToTheSubject() {
        EntityLayer layer = extract("Maria Lind said that her predecessor, Jonas Falk, would retire.");
        assertThat(person(layer, "Jonas Falk").roles()).extracting(Role::title, Role::ofEntityId)
                .containsExactly(tuple("predecessor", person(layer, "Maria Lind").id()));
    }

    @Test
    void organisationOrCountryBeforeTitleOwnsTheRole() {
        EntityLayer layer = extract("Kremlin spokesman Ivan Sokolov and US Secretary of State Mark Hale spoke on Friday.");
        assertThat(person(layer, "Ivan Sokolov").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("spokesman", "Kremlin"));
        assertThat(person(layer, "Mark Hale").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("secretary of state", "US"));
    }

    @Test
    void capitalisedWordBeforeTitleBelongsToTheTitle() {
        EntityLayer layer = extract("Opposition leader Raila Mwangi said the vote had been stolen.");
        assertThat(person(layer, "Raila Mwangi").roles()).extracting(Role::title).containsExactly("opposition leader");
    }

    @Test
    void appositionTitleForOrganisationIsARoleOfIt() {
        EntityLayer layer = extract("Nina Lomidze, a spokeswoman for the United Workers Party, said the party "
                + "would boycott the vote.");
        assertThat(person(layer, "Nina Lomidze").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("spokeswoman", "United Workers Party"));
    }

    @Test
    void ageAppositionCanBeFollowedByATitle() {
        EntityLayer layer = extract("\"This law copies foreign models,\" said Giorgi Tabidze, 41, director of the "
                + "Institute for Open Information.");
        assertThat(person(layer, "Giorgi Tabidze").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("director", "Institute for Open Information"));
    }

    @Test
    void formerBeforeNationalityStaysInTheTitle() {
        EntityLayer layer = extract("Salome Abashidze, a former French diplomat, said Europe was watching.");
        assertThat(person(layer, "Salome Abashidze").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("former diplomat", "France"));
    }

    @Test
    void titleOfPlaceBeforeCommaAndNameIsARoleOfThatPlace() {
        String text = "The deputy governor of Tromso, Henrik Aas, said the roads would reopen on Sunday.";
        EntityLayer layer = extract(text);
        Role role = person(layer, "Henrik Aas").roles().get(0);
        assertThat(role.title()).isEqualTo("deputy governor");
        assertThat(role.of()).isEqualTo("Tromso");
        assertThat(evidence(text, role.evidence())).isEqualTo("deputy governor of Tromso, Henrik Aas");
    }

    @Test
    void lowerCaseRemitAfterTitleStaysInTheTitle() {
        EntityLayer layer = extract("Norway's minister for coastal affairs, Ingrid Solheim, visited the harbour. "
                + "Bjorn Lie, Finland's deputy mayor for transport, stayed in Helsinki.");
        assertThat(person(layer, "Ingrid Solheim").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("minister for coastal affairs", "Norway"));
        assertThat(person(layer, "Bjorn Lie").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("deputy mayor for transport", "Finland"));
    }

    @Test
    void placeAfterForStaysInTheTitleWhenTheOwnerIsNamedBefore() {
        EntityLayer layer = extract("\"The talks are over,\" said Peter Vogt, the European Union's special "
                + "envoy for Somalia, on Friday.");
        assertThat(person(layer, "Peter Vogt").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("special envoy for Somalia", "European Union"));
    }

    @Test
    void indefiniteTitleBeforeCommaAndNameIsARole() {
        EntityLayer layer = extract("An army spokesperson, Tomas Berg, said two soldiers were hurt.");
        assertThat(person(layer, "Tomas Berg").roles()).extracting(Role::title).containsExactly("army spokesperson");
    }

    @Test
    void definiteNounPossessiveOwnsTheRoleWhenOneOrganisationHasThatWord() {
        String text = "The Nordic Dock Workers Union called the strike on Monday. "
                + "Maja Holm, the union's treasurer, said funds would last a month. "
                + "The union's chairman, Sven Ek, said talks would resume.";
        EntityLayer layer = extract(text);
        assertThat(person(layer, "Maja Holm").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("treasurer", "Nordic Dock Workers Union"));
        assertThat(person(layer, "Sven Ek").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("chairman", "Nordic Dock Workers Union"));
    }

    @Test
    void definiteNounMatchingSeveralOrganisationsOwnsNothing() {
        EntityLayer layer = extract("The Nordic Dock Workers Union and the Baltic Transport Union met on Monday. "
                + "The union's chairman, Sven Ek, said talks would resume.");
        assertThat(person(layer, "Sven Ek").roles()).allSatisfy(r -> assertThat(r.of()).isNull());
    }

    @Test
    void personOwnerIsNamedByTheFullName() {
        EntityLayer layer = extract("Ana Berg won the vote. Berg's spokesman, Lars Dahl, thanked the voters.");
        assertThat(person(layer, "Lars Dahl").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("spokesman", "Ana Berg"));
    }

    @Test
    void acronymBeforeTitleOwnsTheRoleRatherThanJoiningTheTitle() {
        EntityLayer layer = extract("The Nordic Fisheries Council (NFC) met in Bergen. "
                + "The NFC chairwoman, Eva Strand, opened the session.");
        assertThat(person(layer, "Eva Strand").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("chairwoman", "NFC"));
    }

    @Test
    void placeNounAfterTheOwnerLeavesThePlaceTheOwner() {
        EntityLayer layer = extract("The governor of the Tana region, Hassan Dido, ordered the roads closed.");
        assertThat(person(layer, "Hassan Dido").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("governor", "Tana"));
    }

    @Test
    void organisationBeforeTitleInAnAppositionOwnsTheRole() {
        EntityLayer layer = extract("\"We need more tents,\" said Lena Fisk, a UNICEF spokesperson in Oslo.");
        assertThat(person(layer, "Lena Fisk").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("spokesperson", "UNICEF"));
    }

    @Test
    void untaggedProvinceAfterACountryPossessiveIsAPlaceAndOwnsTheRole() {
        String text = "The governor of Kenya's Wajir Kusini province, Omar Dido, ordered the roads closed.";
        EntityLayer layer = extract(text);
        assertThat(entity(layer, "Wajir Kusini").kind()).isEqualTo(org.eventbase.model.EntityKind.GPE);
        assertThat(person(layer, "Omar Dido").roles()).extracting(Role::title, Role::of)
                .containsExactly(tuple("governor", "Wajir Kusini"));
    }
}
