package org.eventbase.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.entity.EntityAssertions.assertMentionsMatchText;
import static org.eventbase.entity.EntityAssertions.extract;
import static org.eventbase.entity.EntityAssertions.person;

import org.eventbase.model.Entity;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Mention;
import org.eventbase.model.Role;
import org.junit.jupiter.api.Test;

class EntityMergingTest {

    private static final String BERG = "Norway's foreign minister Ana Berg flew to Madrid on Monday. "
            + "Berg met Spanish officials there. Later, Minister Berg said the talks went well. "
            + "Berg's office confirmed the visit.";

    @Test
    void linksSurnameAndTitledSurnameToFullName() {
        EntityLayer layer = extract(BERG);
        Entity berg = person(layer, "Ana Berg");
        assertThat(berg.name()).isEqualTo("Ana Berg");
        assertThat(berg.aliases()).containsExactly("Berg");
        assertThat(berg.mentions()).extracting(Mention::text).containsExactly("Ana Berg", "Berg", "Berg", "Berg");
        assertThat(layer.entities()).filteredOn(e -> e.name().equals("Berg")).isEmpty();
    }

    @Test
    void capitalisedParticleSurnameAtSentenceStartJoinsTheFullName() {
        String text = "Belgium's finance minister Marc van den Broek said the budget was sound. "
                + "Van den Broek told reporters that no cuts were planned.";
        EntityLayer layer = extract(text);
        Entity broek = person(layer, "Marc van den Broek");
        assertThat(broek.mentions()).extracting(Mention::text).containsExactly("Marc van den Broek", "Van den Broek");
        assertMentionsMatchText(layer, text);
    }

    @Test
    void possessiveMentionExcludesTheApostropheS() {
        EntityLayer layer = extract(BERG);
        Mention last = person(layer, "Ana Berg").mentions().get(3);
        assertThat(last.text()).isEqualTo("Berg");
        assertThat(BERG.substring(last.end(), last.end() + 2)).isEqualTo("'s");
    }

    @Test
    void mentionsCarryExactOffsets() {
        String text = "Activists  in\nOslo said  Ana   Berg had left.\n\nBerg’s aide, Lars Dahl, agreed.";
        EntityLayer layer = extract(text);
        assertMentionsMatchText(layer, text);
        assertThat(layer.entities()).isNotEmpty();
    }

    @Test
    void leavesSurnameApartWhenTwoPeopleShareIt() {
        EntityLayer layer = extract("Ana Berg and her brother Olav Berg both ran for parliament in Norway. "
                + "Berg won by a narrow margin.");
        assertThat(person(layer, "Ana Berg").mentions()).hasSize(1);
        assertThat(person(layer, "Olav Berg").mentions()).hasSize(1);
    }

    @Test
    void numbersEntitiesInOrderOfFirstMention() {
        EntityLayer layer = extract(BERG);
        for (int i = 0; i < layer.entities().size(); i++) {
            assertThat(layer.entities().get(i).id()).isEqualTo("e" + (i + 1));
        }
        assertThat(layer.entities()).isSortedAccordingTo(
                (a, b) -> Integer.compare(a.mentions().get(0).start(), b.mentions().get(0).start()));
    }

    @Test
    void titleBeforeSurnameIsARoleNotPartOfTheName() {
        EntityLayer layer = extract("President Maria Lind of Finland arrived on Tuesday. "
                + "President Lind spoke briefly.");
        Entity lind = person(layer, "Maria Lind");
        assertThat(lind.mentions()).extracting(Mention::text).containsExactly("Maria Lind", "Lind");
        assertThat(lind.roles()).extracting(Role::title).contains("president");
    }
}
