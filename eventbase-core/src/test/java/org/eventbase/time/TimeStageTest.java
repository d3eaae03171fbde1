package org.eventbase.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.model.TimePrecision;
import org.eventbase.model.TimeRef;
import org.junit.jupiter.api.Test;

class TimeStageTest {
    /** A Thursday. */
    private static final String PUBLISHED = "2022-01-06";

    private final TimeStage stage = new TimeStage();

    @Test
    void resolvesWeekdayAgainstPublicationDate() {
        TimeRef wednesday = only("Police fired tear gas on Wednesday.", PUBLISHED);

        assertThat(wednesday.text()).isEqualTo("Wednesday");
        assertThat(wednesday.value()).isEqualTo("2022-01-05");
        assertThat(wednesday.precision()).isEqualTo(TimePrecision.DAY);
        assertThat(wednesday.anchor()).isEqualTo(PUBLISHED);
        assertThat(wednesday.resolved()).isTrue();
    }

    @Test
    void weekdayOfPublicationIsThePublicationDay() {
        assertThat(only("Crowds gathered on Thursday.", PUBLISHED).value()).isEqualTo("2022-01-06");
    }

    @Test
    void keepsPartOfDayInTheSpanAndResolvesToTheDay() {
        TimeRef evening = only("A bomb went off on Wednesday evening in the market.", PUBLISHED);

        assertThat(evening.text()).isEqualTo("Wednesday evening");
        assertThat(evening.value()).isEqualTo("2022-01-05");
    }

    @Test
    void weekdayInAFutureSentencePointsForward() {
        assertThat(only("Talks will resume on Tuesday.", PUBLISHED).value()).isEqualTo("2022-01-11");
        assertThat(only("Police said on Tuesday that talks will resume.", PUBLISHED).value()).isEqualTo("2022-01-04");
        assertThat(only("Traders said they hoped to reopen on Monday.", PUBLISHED).value()).isEqualTo("2022-01-10");
        assertThat(only("Talks could begin as early as Thursday.", PUBLISHED).value()).isEqualTo("2022-01-06");
    }

    @Test
    void nextAndUntilPointForwardLastPointsBack() {
        assertThat(only("The vote is next Tuesday.", PUBLISHED).value()).isEqualTo("2022-01-11");
        assertThat(only("The curfew lasts until Monday.", PUBLISHED).value()).isEqualTo("2022-01-10");
        assertThat(only("He was seen last Thursday.", PUBLISHED).value()).isEqualTo("2021-12-30");
    }

    @Test
    void sinceWeekdayIsAnIntervalFromThatDayToPublication() {
        TimeRef since = only("Protesters have camped there since Sunday.", PUBLISHED);

        assertThat(since.text()).isEqualTo("since Sunday");
        assertThat(since.value()).isEqualTo("2022-01-02/2022-01-06");
    }

    @Test
    void weekendIsTheWeekendBeforePublication() {
        TimeRef weekend = only("Thousands marched at the weekend.", PUBLISHED);

        assertThat(weekend.text()).isEqualTo("the weekend");
        assertThat(weekend.value()).isEqualTo("2022-01-01/2022-01-02");
    }

    @Test
    void yesterdayTodayAndEarlierInTheDay() {
        List<TimeRef> times = times("Shops shut yesterday. They reopened today. Earlier in the day, rain fell.",
                PUBLISHED);

        assertThat(times).extracting(TimeRef::text, TimeRef::value).containsExactly(
                tuple("yesterday", "2022-01-05"), tuple("today", "2022-01-06"),
                tuple("Earlier in the day", "2022-01-06"));
    }

    @Test
    void lastAndThisWeekMonthYear() {
        List<TimeRef> times = times("Prices rose last week. They fell this week. Rain fell earlier in the week. "
                + "Exports grew last month. Output fell last year.", PUBLISHED);

        assertThat(times).extracting(TimeRef::value, TimeRef::precision).containsExactly(
                tuple("2021-W52", TimePrecision.WEEK), tuple("2022-W01", TimePrecision.WEEK),
                tuple("2022-W01", TimePrecision.WEEK),
                tuple("2021-12", TimePrecision.MONTH), tuple("2021", TimePrecision.YEAR));
    }

    @Test
    void absoluteDatesNeedNoAnchor() {
        List<TimeRef> times = times("He left in December 2011. She came in 2019. The law passed on 5 January 2022. "
                + "It was built in the 1990s.", PUBLISHED);

        assertThat(times).extracting(TimeRef::text, TimeRef::value, TimeRef::precision, TimeRef::anchor)
                .containsExactly(
                        tuple("December 2011", "2011-12", TimePrecision.MONTH, null),
                        tuple("2019", "2019", TimePrecision.YEAR, null),
                        tuple("5 January 2022", "2022-01-05", TimePrecision.DAY, null),
                        tuple("the 1990s", "199X", TimePrecision.DECADE, null));
    }

    @Test
    void monthAndDayWithoutYearIsTheLatestOnOrBeforePublicationUnlessFutureOrSoon() {
        assertThat(only("The fire started on January 5.", PUBLISHED).value()).isEqualTo("2022-01-05");
        assertThat(only("The fire started on December 30.", PUBLISHED).value()).isEqualTo("2021-12-30");
        assertThat(only("The trial started on April 3.", PUBLISHED).value()).isEqualTo("2021-04-03");
        assertThat(only("The trial will start on April 3.", PUBLISHED).value()).isEqualTo("2022-04-03");
        assertThat(only("The trial starts on February 3.", PUBLISHED).value()).isEqualTo("2022-02-03");
    }

    @Test
    void weekdayBeforeADateBelongsToTheDate() {
        TimeRef date = only("Voting ends on Monday, Jan. 10.", PUBLISHED);

        assertThat(date.text()).isEqualTo("Monday, Jan. 10");
        assertThat(date.value()).isEqualTo("2022-01-10");
    }

    @Test
    void quarterIsTheLatestOfThatNameOrTheLastCompletedOne() {
        assertThat(times("Third-quarter profit fell. Sales in the quarter rose.", "1989-10-25"))
                .extracting(TimeRef::text, TimeRef::value, TimeRef::precision).containsExactly(
                        tuple("Third-quarter", "1989-Q3", TimePrecision.QUARTER),
                        tuple("the quarter", "1989-Q3", TimePrecision.QUARTER));
    }

    @Test
    void bareYearIsATimeButACountIsNot() {
        assertThat(times("The 1998 budget was cut. Police arrested 1998 protesters.", PUBLISHED))
                .extracting(TimeRef::text).containsExactly("1998");
    }

    @Test
    void bareMonthIsTheMostRecentOneInPastTense() {
        assertThat(only("Workers have struck since December.", "2025-02-04").value()).isEqualTo("2024-12");
    }

    @Test
    void daysAgoCountsBackFromPublication() {
        assertThat(only("The minister resigned three days ago.", PUBLISHED).value()).isEqualTo("2022-01-03");
    }

    @Test
    void withoutPublicationDateRelativeTimesStayUnresolvedWithReason() {
        List<TimeRef> times = times("Police fired tear gas on Wednesday. He left in December 2011.", null);

        assertThat(times).extracting(TimeRef::text, TimeRef::resolved, TimeRef::value, TimeRef::reason)
                .containsExactly(
                        tuple("Wednesday", false, null, TimeStage.NO_ANCHOR),
                        tuple("December 2011", true, "2011-12", null));
    }

    @Test
    void dateTimePublicationIsAnchoredOnItsDate() {
        assertThat(only("Shops shut yesterday.", "2022-01-06T08:30:00Z").value()).isEqualTo("2022-01-05");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "Police fired tear gas on Wednesday.";
        TimeRef ref = only(text, PUBLISHED);

        assertThat(text.substring(ref.span().start(), ref.span().end())).isEqualTo(ref.text());
    }

    @Test
    void numbersThatAreNotYearsAreNotTimes() {
        assertThat(times("About 2000 people marched and 1500 were arrested.", PUBLISHED)).isEmpty();
    }

    private TimeRef only(String text, String published) {
        List<TimeRef> times = times(text, published);
        assertThat(times).hasSize(1);
        return times.get(0);
    }

    private List<TimeRef> times(String text, String published) {
        return stage.extract(text, sentences(text), published).times();
    }

    /** A sentence ends at a full stop before a capital; no tokens: the stage reads only sentence boundaries. */
    private static NlpAnnotation sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("\\S.*?(?:\\.(?=\\s+[A-Z])|$)").matcher(text);
        while (m.find()) {
            sentences.add(new Sentence(sentences.size(), m.start(), m.end(), List.of()));
        }
        return new NlpAnnotation(sentences, List.of());
    }
}
