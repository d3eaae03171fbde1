package org.eventbase.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.eventbase.entity.EntityAssertions.entity;
import static org.eventbase.entity.EntityAssertions.evidence;
import static org.eventbase.entity.EntityAssertions.extract;
import static org.eventbase.entity.EntityAssertions.person;

import org.eventbase.model.Attribute;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Role;
import org.junit.jupiter.api.Test;

class AttributePatternTest {

    @Test
    void hyphenatedAgeBeforeNameIsAnAge() {
        String text = "The protest was led by 67-year-old Ingrid Solberg in Bergen.";
        Attribute age = person(extract(text), "Ingrid Solberg").attributes().get(0);
        assertThat(age.name()).isEqualTo("age");
        assertThat(age.value()).isEqualTo("67");
        assertThat(evidence(text, age.evidence())).isEqualTo("67-year-old Ingrid Solberg");
    }

    @Test
    void numberInCommasAfterNameIsAnAge() {
        EntityLayer layer = extract("Ingrid Solberg, 55, has lived in Bergen all her life.");
        assertThat(person(layer, "Ingrid Solberg").attributes()).extracting(Attribute::name, Attribute::value)
                .containsExactly(tuple("age", "55"));
    }

    @Test
    void basedModifierGivesBasedIn() {
        EntityLayer layer = extract("\"Nothing has changed,\" said Ana Berg, an Oslo-based political analyst.");
        assertThat(person(layer, "Ana Berg").attributes()).extracting(Attribute::name, Attribute::value)
                .containsExactly(tuple("based_in", "Oslo"));
    }

    @Test
    void capitalisedNameAfterOrganisationNounIsAnAffiliationAndAnOrganisation() {
        String text = "Lars Dahl, an activist from the youth movement Clean Air Now, Bergen, said the plan would fail.";
        EntityLayer layer = extract(text);
        assertThat(person(layer, "Lars Dahl").roles()).extracting(Role::title).containsExactly("activist");
        assertThat(person(layer, "Lars Dahl").attributes()).extracting(Attribute::name, Attribute::value)
                .containsExactly(tuple("affiliation", "Clean Air Now, Bergen"));
        assertThat(entity(layer, "Clean Air Now, Bergen").kind()).isEqualTo(EntityKind.ORGANIZATION);
    }

    @Test
    void nationalityBeforeTitleIsStated() {
        EntityLayer layer = extract("Ana Berg met the Swedish prime minister, Erik Holm, in Oslo.");
        assertThat(person(layer, "Erik Holm").attributes()).extracting(Attribute::name, Attribute::value)
                .containsExactly(tuple("nationality", "Swedish"));
    }

    @Test
    void nationalityWithoutTitleIsNotAnAttribute() {
        EntityLayer layer = extract("Before calling Berg, Dahl spoke to Olav Moen, the Swedish news agency TT reported.");
        assertThat(person(layer, "Olav Moen").attributes()).isEmpty();
    }

    @Test
    void titleInAPlaceGivesBasedIn() {
        EntityLayer layer = extract("Mary Achieng, a shopkeeper in Kisumu, said her shop was looted.");
        assertThat(person(layer, "Mary Achieng").attributes()).extracting(Attribute::name, Attribute::value)
                .containsExactly(tuple("based_in", "Kisumu"));
    }
}
