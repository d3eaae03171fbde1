package org.eventbase.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.eventbase.entity.EntityAssertions.entity;
import static org.eventbase.entity.EntityAssertions.extract;
import static org.eventbase.entity.EntityAssertions.person;

import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Role;
import org.junit.jupiter.api.Test;

class PublicBodyTest {

    @Test
    void lowerCaseMinistryIsAnOrganisation() {
        EntityLayer layer = extract("The defence ministry said 12 soldiers were wounded. According to the "
                + "defence ministry, the attack began at dawn.");
        assertThat(entity(layer, "defence ministry").kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(entity(layer, "defence ministry").mentions()).hasSize(2);
    }

    @Test
    void ministryOrCourtWithAnOfPhraseIsAnOrganisation() {
        EntityLayer layer = extract("The ministry of health denied the report. The case went to the Oslo court "
                + "of appeal on Monday.");
        assertThat(entity(layer, "ministry of health").kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(entity(layer, "Oslo court of appeal").kind()).isEqualTo(EntityKind.ORGANIZATION);
    }

    @Test
    void nameWithBodyNounIsAnOrganisationAndCanOwnARole() {
        String text = "Major Ivar Lunde, a spokesman for the Norwegian army, said the convoy was safe. "
                + "The Bergen prosecutor's office opened an inquiry, and the EU fisheries agency said nothing.";
        EntityLayer layer = extract(text);
        assertThat(person(layer, "Ivar Lunde").roles()).extracting(Role::title, Role::of)
                .contains(tuple("spokesman", "Norwegian army"));
        assertThat(entity(layer, "Bergen prosecutor's office").kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(entity(layer, "EU fisheries agency").kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(entity(layer, "Bergen").mentions()).hasSize(1);
    }

    @Test
    void bareOrGenericBodyIsNoEntity() {
        EntityLayer layer = extract("The ministry said the office would close. The WHO office in Bergen stayed open. "
                + "The Finnish news agency Nordia reported the closure.");
        assertThat(layer.entities()).noneMatch(e -> e.name().contains("ministry") || e.name().contains("office")
                || e.name().contains("agency"));
    }
}
