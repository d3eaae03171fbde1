package org.eventbase.spark;

import java.io.Serializable;

/**
 * What the story stage found, for the run report: stories, the articles in them (each in one), how many stories have
 * more than one article, clusters of near-duplicates (of two articles or more), merged events (and how many more
 * than one article reports, and how many have conflicting figures), and the stage's wall time. Example:
 * {@code {"stories":9,"articles":16,"multi_article_stories":2,"duplicate_clusters":2,"merged_events":31,
 * "multi_source_events":6,"conflicting_events":2,"seconds":14.2}}.
 */
record StoryCounts(long stories, long articles, long multiArticleStories, long duplicateClusters, long mergedEvents,
        long multiSourceEvents, long conflictingEvents, double seconds) implements Serializable {
    static final StoryCounts NONE = new StoryCounts(0, 0, 0, 0, 0, 0, 0, 0);

    static StoryCounts of(StoryRows story) {
        int articles = story.rows(StoryTable.STORY_ARTICLES).size();
        return new StoryCounts(1, articles, articles > 1 ? 1 : 0,
                story.duplicateClusters(), story.rows(StoryTable.MERGED_EVENTS).size(), story.multiSourceEvents(),
                story.conflictingEvents(), 0);
    }

    StoryCounts plus(StoryCounts o) {
        return new StoryCounts(stories + o.stories, articles + o.articles, multiArticleStories + o.multiArticleStories,
                duplicateClusters + o.duplicateClusters, mergedEvents + o.mergedEvents,
                multiSourceEvents + o.multiSourceEvents, conflictingEvents + o.conflictingEvents, seconds + o.seconds);
    }

    StoryCounts withSeconds(double s) {
        return new StoryCounts(stories, articles, multiArticleStories, duplicateClusters, mergedEvents, multiSourceEvents,
                conflictingEvents, s);
    }
}
