package org.eventbase.store;

import java.util.List;

/**
 * One row of the story list: a story without its timeline. Example: {@code StorySummary("3f2a…", "Teachers march
 * in Salto", "2025-03-04", "2025-03-19", 5, 9, 2, [teachers' union, police], [Salto, Montevideo])}.
 *
 * @param id          the story id (its least article id)
 * @param title       the headline of its first article
 * @param firstDay    its first day, or null
 * @param lastDay     its last day, or null
 * @param articles    how many articles it has
 * @param events      how many merged events its timeline has
 * @param conflicting how many of them have conflicting figures
 * @param actors      its main actors, most frequent first
 * @param places      its main places, most frequent first
 */
public record StorySummary(String id, String title, String firstDay, String lastDay, int articles, int events,
        int conflicting, List<String> actors, List<String> places) {
    public StorySummary {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }
}
