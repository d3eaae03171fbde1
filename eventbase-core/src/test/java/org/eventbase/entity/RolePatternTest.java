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
}
