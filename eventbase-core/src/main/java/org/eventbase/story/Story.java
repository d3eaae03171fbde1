package org.eventbase.story;

import java.util.List;

/**
 * One unfolding situation: the articles that report it and the timeline of its merged events.
 * Example: "pension protests in Uruguay, March 2025": five articles from three outlets (one a syndicated copy),
 * 2025-03-04..2025-03-19, actors [trade unions, police], places [Montevideo, Salto], a timeline of nine events.
 *
 * @param id       the least article id among its articles
 * @param title    the headline of its first article
 * @param days     from the first to the last day of its articles and events, or null when nothing is dated
 * @param articles its articles, oldest first
 * @param actors   its most frequent actors as written, most frequent first (at most five)
 * @param places   its most frequent event places, most frequent first (at most five)
 * @param timeline its merged events, in date order
 */
public record Story(String id, String title, DaySpan days, List<StoryArticle> articles, List<String> actors,
        List<String> places, List<MergedEvent> timeline) {
    public Story {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        timeline = List.copyOf(timeline);
    }
}
