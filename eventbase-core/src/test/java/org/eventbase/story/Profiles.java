package org.eventbase.story;

import java.util.List;
import org.eventbase.model.ActorKind;
import org.eventbase.model.CountKind;
import org.eventbase.model.EventType;
import org.eventbase.model.PlacePrecision;

/** Hand-made profiles for the clustering tests, without running the pipeline. */
final class Profiles {
    static final EventSite SALTO = new EventSite("Salto", 3440714L, -31.38, -57.96, "UY", "15", PlacePrecision.CITY);
    static final EventSite RIVERA = new EventSite("Rivera", 3440639L, -30.90, -55.55, "UY", "13",
            PlacePrecision.CITY);
    static final EventSite URUGUAY = new EventSite("Uruguay", 3439705L, -33.0, -56.0, "UY", null,
            PlacePrecision.COUNTRY);

    private Profiles() {}

    static EventProfile event(String key, EventType type, EventSite site, String day, CountClaim... counts) {
        String article = key.substring(0, key.lastIndexOf("-ev"));
        return new EventProfile(key, article, type, null, List.of(ActorKind.PROTESTERS), List.of(),
                List.of("marchers"), site, false, DaySpan.of(day).orElseThrow(), true, false, false, false,
                List.of(counts), "Evidence of " + key + ".");
    }

    static CountClaim claim(String eventKey, String published, CountKind kind, int n, String claimant) {
        String article = eventKey.substring(0, eventKey.lastIndexOf("-ev"));
        return new CountClaim(eventKey, article, "Outlet " + article, published, kind, n, n, String.valueOf(n),
                claimant);
    }

    static ArticleProfile article(String id, String published, String text, List<String> names,
            EventProfile... events) {
        return new ArticleProfile(id, "Title " + id, "Outlet " + id, published,
                MinHash.STANDARD.signature(TextShingles.of(text)), names, List.of(events));
    }
}
