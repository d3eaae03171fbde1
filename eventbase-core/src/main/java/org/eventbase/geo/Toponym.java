package org.eventbase.geo;

import java.util.List;
import org.eventbase.model.Entity;
import org.eventbase.model.Mention;

/**
 * A place-like entity of the article with its gazetteer candidates, before resolution.
 * Example: entity "Paris" with mentions at 10 and 200 and candidates [Paris FR, Paris US-TX, …].
 */
record Toponym(Entity entity, List<Mention> mentions, List<GazetteerEntry> candidates, ToponymCues cues) {
    Toponym {
        mentions = List.copyOf(mentions);
        candidates = List.copyOf(candidates);
    }

    int firstStart() {
        return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    }

    /** True when every candidate lies in one country. */
    boolean oneCountry() {
        return candidates.stream().map(GazetteerEntry::countryCode).distinct().count() == 1;
    }
}
