package org.eventbase.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventbase.model.ArticleMetadata;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.model.CountLayer;
import org.eventbase.model.Event;
import org.eventbase.model.EventLayer;
import org.eventbase.model.RawArticle;
import org.eventbase.pipeline.ArticleExtractor;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The done-when: an article and a rewritten copy of it (other cruft lines, a tweaked title, one casualty
 * figure changed) give one story, merged events, and the changed figure as a conflicting claim. The copy is made
 * in memory: the figure changed is the first killed count the pipeline attaches to an event.
 */
class RewrittenCopyStoryTest {
    /** The team's reference article, read in place: beside the repository, or beside a worktrees' folder. */
    private static final Path REFERENCE = java.util.stream.Stream.of("../../shared", "../../../shared")
            .map(dir -> Path.of(dir, "examples", "kazakhstan-unrest-guardian-via-msn.txt"))
            .filter(Files::isRegularFile).findFirst()
            .orElse(Path.of("../../shared/examples/kazakhstan-unrest-guardian-via-msn.txt"));

    private static final String ARTICLE = """
            Advertisement

            Police fired live rounds at protesters in Mombasa on Tuesday, killing seven people, the Kenya Red \
            Cross said, as anger over a new fuel levy spread to the coast.

            Thousands of dock workers and traders marched from the port to the county offices, where officers \
            blocked the road with armoured trucks. Witnesses said the shooting began when a group threw stones at \
            the gates.

            Photo: Harbour Lens Agency

            The interior ministry said 23 officers were injured and 41 people were arrested. Opposition leader \
            Halima Odongo called the killings a massacre and demanded an inquiry.

            The dockers' union said its members would stay off work until the levy was withdrawn.

            Share this story
            """;

    @Test
    void projectArticleAndItsRewrittenCopyGiveOneStoryWithTheChangedFigureAsAConflictingClaim() {
        check(ARTICLE, "Seven killed as police fire on fuel protest in Mombasa", "2025-03-05");
    }

    @Test
    @EnabledIf("referenceArticleExists")
    void referenceArticleAndItsRewrittenCopyGiveOneStoryWithTheChangedFigureAsAConflictingClaim()
            throws IOException {
        String text = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        String title = text.lines().findFirst().orElse("");
        check(text.substring(title.length()).strip(), title, null);
    }

    static boolean referenceArticleExists() {
        return Files.isRegularFile(REFERENCE);
    }

    private static void check(String text, String title, String published) {
        ArticleExtractor extractor = ArticleExtractor.standard();
        Document original = extract(extractor, "original.txt", text, title, "Harbour Herald", published);
        Count changed = killedCountOfAnEvent(original).orElseThrow(
                () -> new AssertionError("the pipeline attached no killed count to an event of the original"));
        String copyText = "Read more: regional news\n\n" + replace(original.article().text(), changed)
                + "\n\nSubscribe for the morning briefing\n(Getty Images)";
        Document copy = extract(extractor, "copy.txt", copyText, "UPDATE: " + title, "Portal Sur", published);

        StoryClustering clustering = new StoryClustering(new MemoryStoryGraph(), StorySettings.DEFAULT);
        String first = clustering.add(ArticleProfiles.of(original));
        String second = clustering.add(ArticleProfiles.of(copy));
        Story story = new StoryAssembler(clustering.graph()).story(second);

        assertThat(first).isEqualTo(second);
        assertThat(story.articles()).hasSize(2);
        assertThat(story.articles()).filteredOn(StoryArticle::duplicate).hasSize(1);
        assertThat(story.timeline()).anySatisfy(event ->
                assertThat(event.mentions()).extracting(EventMention::articleId)
                        .contains(original.article().id(), copy.article().id()));
        assertThat(story.timeline()).flatExtracting(MergedEvent::claims)
                .filteredOn(c -> c.kind() == CountKind.KILLED && c.conflicting())
                .anySatisfy(c -> assertThat(c.claims()).extracting(CountClaim::min)
                        .contains(changed.min(), changed.min() + 3));
    }

    private static Document extract(ArticleExtractor extractor, String input, String text, String title,
            String publisher, String published) {
        RawArticle raw = new RawArticle(input, ContentFormat.TEXT, text,
                new ArticleMetadata(title, "https://" + input + ".example/news", publisher, null, null, null));
        return extractor.extract(raw, new ArticleMetadata(null, null, null, null, null, published));
    }

    private static Optional<Count> killedCountOfAnEvent(Document doc) {
        List<Event> events = doc.find(Layers.EVENTS).map(EventLayer::events).orElse(List.of());
        List<Count> counts = doc.find(Layers.COUNTS).map(CountLayer::counts).orElse(List.of());
        return counts.stream()
                .filter(c -> c.kind() == CountKind.KILLED && !c.historical())
                .filter(c -> events.stream().anyMatch(e -> !e.modality().negated() && e.countIds().contains(c.id())))
                .findFirst();
    }

    /** The clean text with the count's figure raised by three, written in digits. */
    private static String replace(String text, Count count) {
        String written = text.substring(count.span().start(), count.span().end());
        Matcher digits = Pattern.compile("\\d+").matcher(written);
        String figure = digits.find() ? digits.replaceFirst(String.valueOf(count.min() + 3))
                : String.valueOf(count.min() + 3);
        return text.substring(0, count.span().start()) + figure + text.substring(count.span().end());
    }
}
