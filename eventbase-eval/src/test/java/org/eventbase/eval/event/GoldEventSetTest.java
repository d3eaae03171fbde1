package org.eventbase.eval.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the project's event gold set, gold/events/gold.jsonl, as the scorers and the stories work rely on it. */
class GoldEventSetTest {
    static final Path GOLD = Path.of("..", "gold", "events", "gold.jsonl");
    static List<GoldEventArticle> articles;

    @BeforeAll
    static void read() {
        articles = GoldEventReader.read(GOLD);
    }

    @Test
    void holdsAtLeastFortyArticlesAboutAtLeastSixSituations() {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(40);
        Map<String, Long> byStory = articles.stream()
                .collect(Collectors.groupingBy(GoldEventArticle::story, Collectors.counting()));
        assertThat(byStory.values().stream().filter(n -> n >= 4).count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyArticleIsOfNewswireLength() {
        assertThat(articles).allSatisfy(a -> assertThat(a.text().split("\\s+").length).as(a.id())
                .isBetween(150, 450));
    }

    @Test
    void splitsAboutHalfAndHalfWithEveryStoryInBothHalves() {
        long dev = articles.stream().filter(a -> a.split().equals("dev")).count();
        assertThat((double) dev / articles.size()).isBetween(0.4, 0.6);
        Map<String, Set<String>> splitsByStory = articles.stream().collect(Collectors.groupingBy(
                GoldEventArticle::story, Collectors.mapping(GoldEventArticle::split, Collectors.toSet())));
        splitsByStory.forEach((story, splits) -> {
            long size = articles.stream().filter(a -> a.story().equals(story)).count();
            if (size > 1) {
                assertThat(splits).as(story).containsExactlyInAnyOrder("dev", "test");
            }
        });
    }

    @Test
    void everyEvidenceSentenceOccursInItsArticle() {
        articles.forEach(a -> a.events().forEach(e -> assertThat(a.text()).as(a.id() + " " + e.id())
                .contains(e.evidence())));
    }

    @Test
    void everyAcledCategoryIsOneOfTheTwentyFiveWithItsOwnEventType() {
        articles.stream().flatMap(a -> a.events().stream()).map(GoldEvent::acled).filter(c -> c != null)
                .forEach(c -> {
                    String code = CaseLabels.code(c);
                    if (code.equals(CaseLabels.NO_EVENT)) {
                        assertThat(c.subEventType()).as("an unknown sub-event type maps to OTHER").isEqualTo("Other");
                    }
                    assertThat(CaseLabels.eventType(code)).as(c.subEventType()).isEqualTo(c.eventType());
                });
    }

    @Test
    void anArticleCodesEachRealWorldEventOnce() {
        articles.forEach(a -> {
            List<String> keys = a.events().stream().map(GoldEvent::eventKey).toList();
            assertThat(keys).as(a.id()).doesNotHaveDuplicates();
        });
    }

    @Test
    void syndicatedCopiesPointToAnOriginalOfTheSameStoryWithTheSameEvents() {
        Map<String, GoldEventArticle> byId = articles.stream()
                .collect(Collectors.toMap(GoldEventArticle::id, Function.identity()));
        List<GoldEventArticle> copies = articles.stream().filter(a -> a.syndicatedFrom() != null).toList();
        assertThat(copies).hasSizeGreaterThanOrEqualTo(6);
        copies.forEach(copy -> {
            GoldEventArticle original = byId.get(copy.syndicatedFrom());
            assertThat(original).as(copy.id()).isNotNull();
            assertThat(original.story()).isEqualTo(copy.story());
            assertThat(copy.events().stream().map(GoldEvent::eventKey).collect(Collectors.toSet()))
                    .isSubsetOf(original.events().stream().map(GoldEvent::eventKey).collect(Collectors.toSet()));
        });
    }

    @Test
    void theSetExercisesEveryFlagConflictingFiguresAndDistinctSameDayEvents() {
        List<GoldEvent> events = articles.stream().flatMap(a -> a.events().stream()).toList();
        assertThat(events).anyMatch(e -> e.modality().hypothetical()).anyMatch(e -> e.modality().negated())
                .anyMatch(e -> e.modality().historical()).anyMatch(e -> e.modality().reported());
        assertThat(events).anyMatch(e -> e.counts().stream().map(CountValue::claimedBy).distinct().count() > 1
                && e.counts().stream().map(CountValue::kind).distinct().count() < e.counts().size());
        Map<String, Set<String>> keysByDateAndType = events.stream().filter(e -> e.date() != null)
                .collect(Collectors.groupingBy(e -> e.date().value() + " " + e.type(),
                        Collectors.mapping(GoldEvent::eventKey, Collectors.toSet())));
        assertThat(keysByDateAndType.values()).anyMatch(keys -> keys.size() >= 3);
    }

    @Test
    void everyPlaceHasACountryCodeAndCoordinates() {
        articles.stream().flatMap(a -> a.events().stream()).map(GoldEvent::place).filter(p -> p != null)
                .forEach(p -> {
                    assertThat(p.country()).as(p.text()).matches("[A-Z]{2}");
                    assertThat(p.lat()).as(p.text()).isBetween(-90.0, 90.0);
                    assertThat(p.lon()).as(p.text()).isBetween(-180.0, 180.0);
                });
    }
}
