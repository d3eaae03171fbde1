package org.eventbase.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventbase.event.EventAssertions.count;
import static org.eventbase.event.EventAssertions.counts;
import static org.eventbase.event.EventAssertions.extract;

import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.pipeline.Document;
import org.junit.jupiter.api.Test;

/** The number forms and kinds of the counts stage, on sentences written for these tests. */
class CountFormsTest {
    private static final String PUBLISHED = "2024-03-08";

    private static Document doc(String text) {
        return extract(text, PUBLISHED);
    }

    @Test
    void atLeastGivesAnOpenMinimum() {
        Count c = count(doc("At least 16 protesters were killed in Oruro on Monday."), CountKind.KILLED, 16);
        assertThat(c.max()).isNull();
        assertThat(c.text()).isEqualTo("At least 16");
        assertThat(c.victims()).isEqualTo("protesters");
    }

    @Test
    void moreThanAddsOne() {
        Count c = count(doc("More than 120 people were arrested overnight."), CountKind.ARRESTED, 121);
        assertThat(c.max()).isNull();
    }

    @Test
    void aboutGivesTheNumberWithoutMaximum() {
        Count c = count(doc("About 60 people were wounded in the blast."), CountKind.INJURED, 60);
        assertThat(c.max()).isNull();
    }

    @Test
    void plainNumberWordsAreExact() {
        Count c = count(doc("Eight soldiers died when their convoy was ambushed."), CountKind.KILLED, 8);
        assertThat(c.max()).isEqualTo(8);
        assertThat(c.victims()).isEqualTo("soldiers");
    }

    @Test
    void digitsWithThousandsSeparatorsAreRead() {
        count(doc("More than 4,000 people have fled their homes."), CountKind.DISPLACED, 4001);
    }

    @Test
    void rangesGiveMinimumAndMaximum() {
        Count c = count(doc("Between 40 and 50 people were detained by riot police."), CountKind.ARRESTED, 40);
        assertThat(c.max()).isEqualTo(50);
    }

    @Test
    void vagueAmountsFollowTheConventions() {
        count(doc("Dozens of people were injured in the stampede."), CountKind.INJURED, 24);
        count(doc("Tens of thousands of teachers marched through Lyon."), CountKind.PARTICIPANTS, 20_000);
        count(doc("Thousands of farmers rallied outside parliament."), CountKind.PARTICIPANTS, 2000);
    }

    @Test
    void kindCanComeBeforeTheNumber() {
        Count c = count(doc("The explosion tore through the bus station, killing at least 9 people."),
                CountKind.KILLED, 9);
        assertThat(c.victims()).isEqualTo("people");
    }

    @Test
    void coordinatedFiguresShareTheirVictims() {
        Document d = doc("Officials said 41 police officers were injured and three killed in the clashes.");
        assertThat(count(d, CountKind.INJURED, 41).victims()).isEqualTo("police officers");
        assertThat(count(d, CountKind.KILLED, 3).victims()).isEqualTo("police officers");
    }

    @Test
    void deathTollFiguresAreKilled() {
        count(doc("The health ministry put the death toll at 23."), CountKind.KILLED, 23);
    }

    @Test
    void aSinglePersonIsCountedFromTheArticle() {
        count(doc("A 27-year-old man died in hospital on Sunday."), CountKind.KILLED, 1);
    }

    @Test
    void agesYearsMoneyPercentagesAndDatesAreNotCounts() {
        Document d = doc("Ana Berg, 51, said on 12 March that 30 percent of the 2019 budget, $40 million, "
                + "was spent in five years.");
        assertThat(counts(d)).isEmpty();
    }

    @Test
    void oneOfIsNotACount() {
        assertThat(counts(doc("One of the suspects was questioned by police."))).isEmpty();
    }

    @Test
    void backgroundFiguresAreHistorical() {
        Document d = doc("Protests began in the town where in 2011 police fired on strikers, killing at least 14 "
                + "people. On Monday 12 people were injured.");
        assertThat(count(d, CountKind.KILLED, 14).historical()).isTrue();
        assertThat(count(d, CountKind.INJURED, 12).historical()).isFalse();
    }
}
