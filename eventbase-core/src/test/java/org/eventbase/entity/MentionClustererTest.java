package org.eventbase.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.eventbase.model.EntityKind;
import org.junit.jupiter.api.Test;

/** Document-level decisions on hand-made mentions, without the models. */
class MentionClustererTest {
    private final MentionClusterer clusterer = new MentionClusterer();

    private static NameMention mention(int start, String text, String tag) {
        return new NameMention(0, start, start + 1, start * 10, start * 10 + text.length(), text, tag,
                NerTagKinds.kindOf(tag), text);
    }

    @Test
    void countryTagBeatsOrganisationForTheSameName() {
        List<MentionCluster> clusters = clusterer.cluster(List.of(
                mention(1, "Georgia", "ORGANIZATION"), mention(2, "Georgia", "ORGANIZATION"),
                mention(3, "Georgia", "COUNTRY")));
        assertThat(clusters).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(EntityKind.GPE);
            assertThat(c.mentions()).hasSize(3);
        });
    }

    @Test
    void knownCountryTaggedLocationIsAGpe() {
        List<MentionCluster> clusters = clusterer.cluster(List.of(mention(1, "Belarus", "LOCATION")));
        assertThat(clusters).singleElement().extracting(MentionCluster::kind).isEqualTo(EntityKind.GPE);
    }

    @Test
    void majorityDecidesBetweenOrganisationAndLocation() {
        List<MentionCluster> clusters = clusterer.cluster(List.of(
                mention(1, "Kremlin", "LOCATION"), mention(2, "Kremlin", "ORGANIZATION"),
                mention(3, "Kremlin", "ORGANIZATION")));
        assertThat(clusters).singleElement().extracting(MentionCluster::kind).isEqualTo(EntityKind.ORGANIZATION);
    }

    @Test
    void nationalityStaysApartFromTheCountry() {
        List<MentionCluster> clusters = clusterer.cluster(List.of(
                mention(1, "Norway", "COUNTRY"), mention(2, "Norwegian", "NATIONALITY")));
        assertThat(clusters).extracting(MentionCluster::kind).containsExactly(EntityKind.GPE, EntityKind.NORP);
    }

    @Test
    void surnameTaggedAsPlaceJoinsTheOnePersonWithThatSurname() {
        List<MentionCluster> clusters = clusterer.cluster(List.of(
                mention(1, "Ana Berg", "PERSON"), mention(2, "Berg", "LOCATION"), mention(3, "Berg", "PERSON")));
        assertThat(clusters).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Ana Berg");
            assertThat(c.kind()).isEqualTo(EntityKind.PERSON);
            assertThat(c.mentions()).hasSize(3);
        });
    }

    @Test
    void surnameTaggedAsCityJoinsThePersonButACountryDoesNot() {
        List<MentionCluster> clusters = clusterer.cluster(List.of(
                mention(1, "Ana Lund", "PERSON"), mention(2, "Lund", "CITY"),
                mention(3, "Karl Jordan", "PERSON"), mention(4, "Jordan", "COUNTRY")));
        assertThat(clusters).extracting(MentionCluster::name, c -> c.mentions().size())
                .containsExactly(tuple("Ana Lund", 2), tuple("Karl Jordan", 1), tuple("Jordan", 1));
    }

    @Test
    void ambiguousSurnameStaysItsOwnPerson() {
        List<MentionCluster> clusters = clusterer.cluster(List.of(
                mention(1, "Ana Berg", "PERSON"), mention(2, "Olav Berg", "PERSON"), mention(3, "Berg", "PERSON")));
        assertThat(clusters).extracting(MentionCluster::name).containsExactly("Ana Berg", "Olav Berg", "Berg");
    }

    @Test
    void fullestFormIsTheCanonicalNameEvenWhenItComesLater() {
        List<MentionCluster> clusters = clusterer.cluster(List.of(
                mention(1, "Tokmak", "PERSON"), mention(2, "Ruslan Tokmak", "PERSON")));
        assertThat(clusters).singleElement().extracting(MentionCluster::name).isEqualTo("Ruslan Tokmak");
    }

    @Test
    void nameWithoutMiddleNameJoinsTheFullName() {
        List<MentionCluster> clusters = clusterer.cluster(List.of(
                mention(1, "Ana Maria Berg", "PERSON"), mention(2, "Ana Berg", "PERSON"), mention(3, "Berg", "PERSON")));
        assertThat(clusters).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Ana Maria Berg");
            assertThat(c.mentions()).hasSize(3);
        });
    }
}
