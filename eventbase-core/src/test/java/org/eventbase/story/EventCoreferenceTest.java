package org.eventbase.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.story.Profiles.RIVERA;
import static org.eventbase.story.Profiles.SALTO;
import static org.eventbase.story.Profiles.URUGUAY;
import static org.eventbase.story.Profiles.event;

import org.eventbase.model.EventType;
import org.junit.jupiter.api.Test;

class EventCoreferenceTest {
    private final EventCoreference coreference = new EventCoreference(StorySettings.DEFAULT);

    @Test
    void protestsInTwoCitiesOnTheSameDayStayTwo() {
        assertThat(coreference.corefer(event("a-ev1", EventType.PROTEST, SALTO, "2025-03-04"),
                event("b-ev1", EventType.PROTEST, RIVERA, "2025-03-04"))).isFalse();
    }

    @Test
    void sameCityAndDayFromTwoArticlesCorefer() {
        assertThat(coreference.corefer(event("a-ev1", EventType.PROTEST, SALTO, "2025-03-04"),
                event("b-ev2", EventType.PROTEST, SALTO, "2025-03-04"))).isTrue();
    }

    @Test
    void countryLevelPlaceIsCompatibleWithACityInside() {
        assertThat(coreference.corefer(event("a-ev1", EventType.PROTEST, URUGUAY, "2025-03-04"),
                event("b-ev1", EventType.PROTEST, SALTO, "2025-03-04"))).isTrue();
    }

    @Test
    void weekPrecisionDateIsCompatibleWithADayInThatWeek() {
        assertThat(coreference.corefer(event("a-ev1", EventType.PROTEST, SALTO, "2025-W10"),
                event("b-ev1", EventType.PROTEST, SALTO, "2025-03-06"))).isTrue();
    }

    @Test
    void datesAWeekApartDoNotCorefer() {
        assertThat(coreference.corefer(event("a-ev1", EventType.PROTEST, SALTO, "2025-03-04"),
                event("b-ev1", EventType.PROTEST, SALTO, "2025-03-11"))).isFalse();
    }

    @Test
    void differentTypesDoNotCorefer() {
        assertThat(coreference.corefer(event("a-ev1", EventType.PROTEST, SALTO, "2025-03-04"),
                event("b-ev1", EventType.COERCE, SALTO, "2025-03-04"))).isFalse();
    }

    @Test
    void mentionsInOneArticleAreNotMergedHere() {
        assertThat(coreference.corefer(event("a-ev1", EventType.PROTEST, SALTO, "2025-03-04"),
                event("a-ev2", EventType.PROTEST, SALTO, "2025-03-04"))).isFalse();
    }
}
