package org.eventbase.store;

import java.util.List;
import org.eventbase.model.Article;
import org.eventbase.model.Count;
import org.eventbase.model.Event;
import org.eventbase.model.Place;
import org.eventbase.pipeline.Provenance;

/**
 * One stored event with everything an export needs: the event as extracted, its resolved place, its counts, its
 * evidence with the sentences holding it, its article, the versions that made it and its current review (whose
 * corrections are not applied here). Example: {@link Store#exportEvents} hands these to a writer one at a time.
 *
 * @param article         the article, with its clean text
 * @param pipelineVersion the pipeline version string stored on the article row ({@link PipelineVersion})
 * @param provenance      which stage (and version) made each layer of the article
 * @param ingestedAt      when the article was stored (ISO instant)
 * @param place           the event's resolved place from the places layer, or null
 * @param counts          the event's counts, in the event's order
 * @param dayFrom         the first day the event may have happened (ISO), or null
 * @param dayTo           the last such day
 * @param review          the current review, or null when the event was not reviewed
 */
public record StoredEvent(EventKey key, Article article, String pipelineVersion, List<Provenance> provenance,
        String ingestedAt, Event event, Place place, List<Count> counts, List<Evidence> evidence, String dayFrom,
        String dayTo, EventReview review) {
    public StoredEvent {
        provenance = List.copyOf(provenance);
        counts = List.copyOf(counts);
        evidence = List.copyOf(evidence);
    }

    /**
     * One evidence span: its offsets, its text, and the sentence(s) it lies in. Example: {@code Evidence(120, 178,
     * "Riot police fired tear gas at the marchers near the port.", "Riot police fired … the port authority said.")}.
     */
    public record Evidence(int start, int end, String text, String sentence) {}
}
