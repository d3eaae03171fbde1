package org.eventbase.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.story.Profiles.claim;

import java.util.List;
import org.eventbase.model.CountKind;
import org.junit.jupiter.api.Test;

class ClaimSummaryTest {
    @Test
    void keepsEveryFigureWithRangeLatestAndMostCited() {
        List<ClaimSummary> summaries = ClaimSummary.of(List.of(
                claim("a-ev1", "2025-03-05", CountKind.KILLED, 3, "police"),
                claim("b-ev1", "2025-03-05", CountKind.KILLED, 3, "police"),
                claim("c-ev1", "2025-03-06", CountKind.KILLED, 5, "a hospital"),
                claim("c-ev1", "2025-03-06", CountKind.INJURED, 20, null)));
        assertThat(summaries).extracting(ClaimSummary::kind).containsExactly(CountKind.KILLED, CountKind.INJURED);
        ClaimSummary killed = summaries.get(0);
        assertThat(killed.claims()).extracting(CountClaim::min).containsExactly(3, 3, 5);
        assertThat(killed.low()).isEqualTo(3);
        assertThat(killed.high()).isEqualTo(5);
        assertThat(killed.latest().claimant()).isEqualTo("a hospital");
        assertThat(killed.mostCited()).isEqualTo("3");
        assertThat(killed.citations()).isEqualTo(2);
        assertThat(killed.conflicting()).isTrue();
        assertThat(summaries.get(1).conflicting()).isFalse();
    }

    @Test
    void openEndedFigureLeavesTheRangeOpen() {
        CountClaim atLeast = new CountClaim("a-ev1", "a", null, "2025-03-05", CountKind.KILLED, 8, null,
                "at least 8", null);
        ClaimSummary killed = ClaimSummary.of(List.of(atLeast,
                claim("b-ev1", "2025-03-06", CountKind.KILLED, 12, null))).get(0);
        assertThat(killed.low()).isEqualTo(8);
        assertThat(killed.high()).isNull();
        assertThat(killed.mostCited()).isEqualTo("12");
    }
}
