package org.eventbase.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.event.EventAssertions.count;
import static org.eventbase.event.EventAssertions.extract;

import org.eventbase.model.Claimant;
import org.eventbase.model.CountKind;
import org.junit.jupiter.api.Test;

/** Who the counts stage credits a figure to ({@link org.eventbase.claim.ClaimantFinder}). */
class CountClaimantTest {
    private static final String PUBLISHED = "2024-03-08";

    @Test
    void accordingToNamesTheClaimant() {
        Claimant c = count(extract("At least 12 people were killed, according to the Red Cross.", PUBLISHED),
                CountKind.KILLED, 12).claimant();
        assertThat(c.name()).isEqualTo("the Red Cross");
    }

    @Test
    void subjectOfSaidIsTheClaimant() {
        Claimant c = count(extract("The interior ministry said 34 officers were injured.", PUBLISHED),
                CountKind.INJURED, 34).claimant();
        assertThat(c.name()).isEqualTo("The interior ministry");
        assertThat(c.reportedBy()).isNull();
    }

    @Test
    void trailingSaidIsTheClaimant() {
        Claimant c = count(extract("Nine people were arrested, police said.", PUBLISHED), CountKind.ARRESTED, 9)
                .claimant();
        assertThat(c.name()).isEqualTo("police");
    }

    @Test
    void citedAsSayingSplitsClaimantAndRelay() {
        Claimant c = count(extract("Local media cited the health ministry as saying 14 people died.", PUBLISHED),
                CountKind.KILLED, 14).claimant();
        assertThat(c.name()).isEqualTo("the health ministry");
        assertThat(c.reportedBy()).isEqualTo("Local media");
    }

    @Test
    void apposedNameIsTheClaimant() {
        Claimant c = count(extract("A police spokesperson, Daniel Okafor, said 31 people were arrested.", PUBLISHED),
                CountKind.ARRESTED, 31).claimant();
        assertThat(c.name()).isEqualTo("Daniel Okafor");
        assertThat(c.entityId()).isNotNull();
    }

    @Test
    void theArticlesOwnVoiceHasNoClaimant() {
        assertThat(count(extract("At least 12 people were killed in the blast.", PUBLISHED), CountKind.KILLED, 12)
                .claimant()).isNull();
    }
}
