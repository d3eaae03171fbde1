package org.eventbase.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.entity.EntityAssertions.entity;
import static org.eventbase.entity.EntityAssertions.extract;

import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Mention;
import org.junit.jupiter.api.Test;

class AcronymTest {

    @Test
    void expansionBeforeAcronymNamesTheEntityAndLaterAcronymsJoinIt() {
        String text = "The Nordic Fisheries Council (NFC) met in Bergen on Friday. "
                + "Delegates said the NFC would publish quotas in May. NFC members disagreed.";
        EntityLayer layer = extract(text);
        Entity council = entity(layer, "NFC");
        assertThat(council.name()).isEqualTo("Nordic Fisheries Council");
        assertThat(council.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(council.aliases()).containsExactly("NFC");
        assertThat(council.mentions()).extracting(Mention::text)
                .containsExactly("Nordic Fisheries Council", "NFC", "NFC", "NFC");
        assertThat(layer.entities()).filteredOn(e -> e.name().equals("NFC")).isEmpty();
    }

    @Test
    void acronymBeforeExpansionInParenthesesIsLinkedToo() {
        String text = "Ministers from the ABTC (Arctic Border Trade Commission) gathered in Tromso. "
                + "The ABTC has nine members.";
        Entity commission = entity(extract(text), "ABTC");
        assertThat(commission.name()).isEqualTo("Arctic Border Trade Commission");
        assertThat(commission.mentions()).hasSize(3);
    }

    @Test
    void capitalsMatchingInitialsOfAKnownOrganisationJoinIt() {
        String text = "The International Grain Standards Board warned of shortages on Monday. "
                + "A spokesman said the IGSB would meet again next week.";
        Entity board = entity(extract(text), "International Grain Standards Board");
        assertThat(board.aliases()).contains("IGSB");
    }

    @Test
    void lowerCaseExpansionIsNotAnEntity() {
        EntityLayer layer = extract("The price of liquefied natural gas (LNG) rose in Norway.");
        assertThat(layer.entities()).noneMatch(e -> e.name().equals("liquefied natural gas"));
    }

    @Test
    void foreignAcronymInParenthesesAfterAnOrganisationJoinsIt() {
        String text = "The strike was called by the Federation of Metal Workers (FESITRAM) on Monday. "
                + "FESITRAM said talks had failed.";
        Entity federation = entity(extract(text), "Federation of Metal Workers");
        assertThat(federation.aliases()).contains("FESITRAM");
        assertThat(federation.mentions()).hasSize(3);
    }
}
