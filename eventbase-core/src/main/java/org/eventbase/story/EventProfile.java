package org.eventbase.story;

import java.util.List;
import org.eventbase.model.ActorKind;
import org.eventbase.model.EventType;

/**
 * What event coreference needs of one coded event mention. Example: the PROTEST {@code a1b2-ev1} in Mopti on
 * 2025-03-04, sources [PROTESTERS], with a PARTICIPANTS claim of 2000.
 *
 * @param key           store-wide id of the event mention, {@code ARTICLE_ID-evN}
 * @param articleId     the article it is in
 * @param type          the PLOVER type
 * @param mode          the PLOVER mode, or null
 * @param sourceKinds   kinds of its source actors
 * @param targetKinds   kinds of its target actors
 * @param actors        its actors as written, sources first
 * @param site          where, its own place or else the article's main place; null when neither is known
 * @param siteInherited true when {@code site} is the article's main place rather than the event's own
 * @param days          when: its own date, else its article's publication day; null when neither is known
 * @param dated         true when {@code days} is the event's own date
 * @param hypothetical  announced, planned, threatened
 * @param negated       said not to have happened
 * @param historical    background from before the news
 * @param counts        its figures, one claim each
 * @param evidence      the sentence stating it
 */
public record EventProfile(
        String key,
        String articleId,
        EventType type,
        String mode,
        List<ActorKind> sourceKinds,
        List<ActorKind> targetKinds,
        List<String> actors,
        EventSite site,
        boolean siteInherited,
        DaySpan days,
        boolean dated,
        boolean hypothetical,
        boolean negated,
        boolean historical,
        List<CountClaim> counts,
        String evidence) {
    public EventProfile {
        sourceKinds = List.copyOf(sourceKinds);
        targetKinds = List.copyOf(targetKinds);
        actors = List.copyOf(actors);
        counts = List.copyOf(counts);
    }
}
