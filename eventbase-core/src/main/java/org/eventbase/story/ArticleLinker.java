package org.eventbase.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether two articles belong together: near-duplicates when their MinHash signatures agree on at least
 * {@link StorySettings#duplicateSimilarity()} and they name the same things (at least half the salient names of the
 * one with fewer are shared, or one names none), so that template texts about other places and people (the same
 * sentences, other names) are not copies of each other; one story when they are published within
 * {@link StorySettings#storyWindowDays()} of each other and share at least {@link StorySettings#sharedNames()}
 * salient names (cities, provinces, people, organisations). A pure, symmetric function of the two profiles, so the
 * links found do not depend on the order articles arrive in. Example: an article on a march in Salto and a follow-up
 * a week later naming Salto and the same union link; the same day's article on a strike in Rosario does not, even
 * when both are written from one template.
 */
public final class ArticleLinker {
    private final StorySettings settings;

    public ArticleLinker(StorySettings settings) {
        this.settings = settings;
    }

    public Optional<ArticleLink> link(ArticleProfile x, ArticleProfile y) {
        if (x.articleId().equals(y.articleId())) {
            return Optional.empty();
        }
        ArticleProfile a = x.articleId().compareTo(y.articleId()) < 0 ? x : y;
        ArticleProfile b = a == x ? y : x;
        double similarity = MinHash.similarity(a.minHash(), b.minHash());
        Set<String> shared = new HashSet<>(a.names());
        shared.retainAll(new HashSet<>(b.names()));
        boolean duplicate = similarity >= settings.duplicateSimilarity() && sameNames(a, b, shared.size());
        boolean sameStory = shared.size() >= settings.sharedNames() && withinWindow(a.published(), b.published());
        if (!duplicate && !sameStory) {
            return Optional.empty();
        }
        return Optional.of(new ArticleLink(a.articleId(), b.articleId(), duplicate, similarity, shared.size()));
    }

    /** True when at least half the salient names of the article with fewer are shared (or one names none). */
    private static boolean sameNames(ArticleProfile a, ArticleProfile b, int shared) {
        int fewer = Math.min(a.names().size(), b.names().size());
        return fewer == 0 || 2 * shared >= fewer;
    }

    private boolean withinWindow(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b))) <= settings.storyWindowDays();
    }
}
