package org.eventbase.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.model.Article;
import org.eventbase.model.Count;
import org.eventbase.model.CountKind;
import org.eventbase.model.CountLayer;
import org.eventbase.pipeline.ArticleIds;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Provenance;
import org.eventbase.story.ClaimSummary;
import org.eventbase.story.CountClaim;
import org.eventbase.story.MergedEvent;
import org.eventbase.story.Story;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stories assigned at ingest, on SQLite and PostgreSQL alike. */
class StoryStoreTest {
    @TempDir
    Path temp;

    private Store open(Vendor vendor) {
        return Store.open(StoreBackends.fresh(vendor, temp));
    }

    /** The dock protest as another outlet ran it: a portal line added and the injured figure raised to 15. */
    static Document rewrittenCopy(Document original) {
        Article a = original.article();
        String text = a.text() + "\n\nRead more on the portal";
        String url = "https://portal.example/dockers";
        Article copy = new Article(ArticleIds.of(text, url), "portal/dockers.txt", url, "UPDATE: " + a.title(), null,
                "Portal Sur", null, a.published(), a.language(), text, a.sourceMap());
        List<Count> counts = new ArrayList<>();
        for (Count c : original.layer(Layers.COUNTS).counts()) {
            counts.add(c.kind() == CountKind.INJURED ? new Count(c.id(), c.kind(), 15, null, "At least 15", c.span(),
                    c.victims(), c.claimant(), c.evidence(), c.historical()) : c);
        }
        return original.withArticle(copy).with(Layers.COUNTS, new CountLayer(counts),
                new Provenance("counts", "counts", "1"));
    }

    private static void save(Store store, Document doc) {
        store.save(doc, StoredDocuments.sourceOf(doc), StoredDocuments.VERSION);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void copyJoinsTheOriginalsStoryWithItsChangedFigureAsAConflictingClaim(Vendor vendor) {
        Document original = StoredDocuments.dockProtest("valparaiso.txt");
        Document copy = rewrittenCopy(original);
        try (Store store = open(vendor)) {
            save(store, original);
            save(store, copy);
            save(store, StoredDocuments.ferryStrike("ferry.txt", ""));

            List<StorySummary> stories = store.stories(10);
            assertThat(stories).hasSize(2);
            StorySummary dockers = stories.stream().filter(s -> s.articles() == 2).findFirst().orElseThrow();
            assertThat(dockers.events()).isEqualTo(2);
            assertThat(dockers.conflicting()).isEqualTo(1);

            Story story = store.story(copy.article().id()).orElseThrow();
            assertThat(story.id()).isEqualTo(dockers.id());
            assertThat(story.articles()).filteredOn(a -> a.duplicate()).hasSize(1);
            MergedEvent gas = story.timeline().stream().filter(MergedEvent::conflicting).findFirst().orElseThrow();
            assertThat(gas.mentions()).hasSize(2);
            ClaimSummary injured = gas.claims().get(0);
            assertThat(injured.kind()).isEqualTo(CountKind.INJURED);
            assertThat(injured.claims()).extracting(CountClaim::min).containsExactlyInAnyOrder(12, 15);
            assertThat(injured.claims()).extracting(CountClaim::publisher)
                    .containsExactlyInAnyOrder("Harbour Daily", "Portal Sur");

            assertThat(store.events(EventFilter.ALL.withStory(story.id()))).hasSize(4);
            assertThat(store.events(EventFilter.ALL.withStory(original.article().id()))).hasSize(4);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void storiesDoNotDependOnTheOrderArticlesAreSavedIn(Vendor vendor) {
        Document original = StoredDocuments.dockProtest("valparaiso.txt");
        Document copy = rewrittenCopy(original);
        Document ferry = StoredDocuments.ferryStrike("ferry.txt", "");
        String forward;
        String backward;
        try (Store store = open(vendor)) {
            save(store, original);
            save(store, ferry);
            save(store, copy);
            forward = store.canonicalDump();
        }
        try (Store store = open(vendor)) {
            save(store, copy);
            save(store, ferry);
            save(store, original);
            backward = store.canonicalDump();
        }
        assertThat(backward).isEqualTo(forward).contains("merged_event_claims|");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void replacingAnArticleRebuildsItsStory(Vendor vendor) {
        Document original = StoredDocuments.dockProtest("valparaiso.txt");
        Document copy = rewrittenCopy(original);
        try (Store store = open(vendor)) {
            save(store, original);
            save(store, copy);
            Document changed = StoredDocuments.ferryStrike("portal/dockers.txt", "");
            save(store, changed);
            assertThat(store.stories(10)).extracting(StorySummary::articles).containsExactly(1, 1);
            Story dockers = store.story(original.article().id()).orElseThrow();
            assertThat(dockers.timeline()).noneMatch(MergedEvent::conflicting);
        }
    }
}
