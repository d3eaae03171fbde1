package org.eventbase.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.eventbase.story.EventMention;
import org.eventbase.story.MergedEvent;
import org.eventbase.story.Story;
import org.eventbase.story.StoryArticle;

/**
 * One assembled story as its rows of every {@link StoryTable}, in the tables' column order. Serializable, so that
 * Spark can keep them while the tables are written. Example: {@code StoryRows.of(story).rows(StoryTable.STORIES)}
 * is one row; {@code rows(StoryTable.MERGED_EVENTS)} one per event of its timeline.
 */
record StoryRows(Map<StoryTable, List<Row>> tables, int duplicateClusters, int multiSourceEvents,
        int conflictingEvents) implements Serializable {

    static StoryRows of(Story story) {
        Map<StoryTable, List<Row>> tables = new EnumMap<>(StoryTable.class);
        int conflicting = (int) story.timeline().stream().filter(MergedEvent::conflicting).count();
        Set<String> canonicals = new TreeSet<>();
        int duplicates = 0;
        List<Row> articles = new ArrayList<>();
        for (StoryArticle a : story.articles()) {
            articles.add(RowFactory.create(story.id(), a.articleId(), a.canonical(), a.duplicate(), a.title(),
                    a.publisher(), a.published()));
            if (a.duplicate()) {
                duplicates++;
                canonicals.add(a.canonical());
            }
        }
        tables.put(StoryTable.STORIES, List.of(RowFactory.create(story.id(), story.title(),
                story.days() == null ? null : story.days().from(), story.days() == null ? null : story.days().to(),
                story.articles().size(), duplicates, story.timeline().size(), conflicting,
                DocumentRows.seq(story.actors()), DocumentRows.seq(story.places()))));
        tables.put(StoryTable.STORY_ARTICLES, articles);
        List<Row> events = new ArrayList<>();
        int ordinal = 0;
        int multiSource = 0;
        for (MergedEvent m : story.timeline()) {
            List<Row> mentions = new ArrayList<>();
            Set<String> sources = new TreeSet<>();
            for (EventMention e : m.mentions()) {
                mentions.add(RowFactory.create(e.eventKey(), e.articleId(), e.publisher(), e.published(),
                        e.evidence()));
                sources.add(e.articleId());
            }
            multiSource += sources.size() > 1 ? 1 : 0;
            events.add(RowFactory.create(story.id(), m.id(), ordinal++, m.type().name(), m.mode(), m.place(),
                    m.country(), m.days() == null ? null : m.days().from(), m.days() == null ? null : m.days().to(),
                    sources.size(), m.conflicting(), DocumentRows.seq(mentions), ProfileJson.json(m.claims())));
        }
        tables.put(StoryTable.MERGED_EVENTS, events);
        return new StoryRows(tables, canonicals.size(), multiSource, conflicting);
    }

    List<Row> rows(StoryTable table) {
        return tables.getOrDefault(table, List.of());
    }
}
