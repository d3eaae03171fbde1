package org.eventbase.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eventbase.model.PlacePrecision;

/**
 * Picks the gazetteer entry a toponym most likely means, by a score: the size of the place (log population),
 * its rank (country, capital, admin-1 seat, admin-1 region), the article's country focus, a qualifier next to
 * it ("Paris, Texas" → an entry in Texas), admin-1 regions and places the article also names, how many of the
 * article's other toponyms have a namesake close by (local news names places near each other), and the cues of
 * {@link ToponymCues}. Deterministic: equal scores go to the smaller GeoNames id. Example: with Texas named
 * beside it, "Paris" scores the Paris in Lamar County above the French capital.
 */
final class CandidateRanker {
    private static final double NEARBY_KM = 250;
    private static final double NEIGHBOUR_KM = 150;
    private static final java.util.regex.Pattern DIVISION_SUFFIX = java.util.regex.Pattern.compile(
            " (?:region|province|oblast|state|governorate|district|county|prefecture|department|voivodeship)$");

    /** What the article says around a toponym, for ranking its candidates. */
    record Context(CountryFocus focus, List<GazetteerEntry> qualifiers, List<GazetteerEntry> mentionedRegions,
            List<GazetteerEntry> anchors, List<List<GazetteerEntry>> others, ToponymCues cues) {}

    Optional<GazetteerEntry> best(List<GazetteerEntry> candidates, Context context) {
        return candidates.stream()
                .max(Comparator.<GazetteerEntry>comparingDouble(e -> score(e, candidates, context))
                        .thenComparing(e -> e.geonameId() == null ? Long.MAX_VALUE : -e.geonameId()));
    }

    double score(GazetteerEntry e, List<GazetteerEntry> candidates, Context context) {
        double score = Math.log10(e.population() + 10.0);
        score += switch (e.precision()) {
            case COUNTRY -> 3;
            case ADMIN1 -> 0;
            case REGION -> 2;
            default -> e.isCapital() ? 2.5 : "PPLA".equals(e.featureCode()) ? 0.7
                    : "PPLA2".equals(e.featureCode()) ? 0.3 : 0;
        };
        ToponymCues cues = context.cues();
        if (e.precision() == PlacePrecision.ADMIN1 && !cues.division() && hasLargeNamesakeCity(e, candidates)) {
            score -= 4;
        }
        String main = context.focus().main().orElse(null);
        score += 3 * context.focus().share(e.countryCode());
        if (e.countryCode().equals(main)) {
            score += 1;
        }
        for (GazetteerEntry q : context.qualifiers()) {
            if (q != e && within(e, q)) {
                score += 8;
            }
        }
        for (GazetteerEntry region : context.mentionedRegions()) {
            if (region != e && region.precision() == PlacePrecision.ADMIN1 && within(e, region)) {
                score += 1.5;
            }
        }
        for (GazetteerEntry anchor : context.anchors()) {
            if (anchor != e && anchor.precision() == PlacePrecision.CITY && !sameName(anchor, e)
                    && e.kilometresTo(anchor) < NEARBY_KM) {
                score += 1;
                break;
            }
        }
        score += Math.min(3, 1.0 * neighbours(e, context.others()));
        if (cues.division()) {
            score += e.precision() == PlacePrecision.ADMIN1 ? 5 : -2;
        }
        if (cues.settlement() && e.precision() == PlacePrecision.CITY) {
            score += 3;
        }
        if (cues.ofFocus() && e.countryCode().equals(main) && e.precision() == PlacePrecision.CITY) {
            score += 6;
        }
        if (cues.capital() && e.isSeat()) {
            score += 4;
        }
        return score;
    }

    /** How many of the article's other toponyms could be a place near {@code e} (or the region it lies in). */
    private static int neighbours(GazetteerEntry e, List<List<GazetteerEntry>> others) {
        if (e.precision() != PlacePrecision.CITY && e.precision() != PlacePrecision.ADMIN1) {
            return 0;
        }
        int n = 0;
        for (List<GazetteerEntry> other : others) {
            for (GazetteerEntry o : other) {
                boolean near = o.precision() == PlacePrecision.ADMIN1 ? within(e, o)
                        : o.precision() == PlacePrecision.CITY && (e.precision() == PlacePrecision.ADMIN1
                                ? within(o, e) : e.kilometresTo(o) < NEIGHBOUR_KM);
                if (near) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** True when {@code e} lies in {@code container}: its country, or its admin-1 region within the country. */
    private static boolean within(GazetteerEntry e, GazetteerEntry container) {
        return switch (container.precision()) {
            case COUNTRY -> e.countryCode().equals(container.countryCode());
            case ADMIN1 -> e.countryCode().equals(container.countryCode())
                    && e.admin1Code().equals(container.admin1Code());
            default -> false;
        };
    }

    /**
     * An admin-1 region named like a city of 100,000 or more in the same country, with or without its division
     * word ("Puebla" for Puebla state and the city of Puebla): written without the word, the city is meant.
     */
    private static boolean hasLargeNamesakeCity(GazetteerEntry region, List<GazetteerEntry> candidates) {
        String regionKey = PlaceNames.key(region.name());
        String bare = DIVISION_SUFFIX.matcher(regionKey).replaceFirst("");
        return candidates.stream().anyMatch(c -> c.precision() == PlacePrecision.CITY && c.population() >= 100_000
                && c.countryCode().equals(region.countryCode())
                && (PlaceNames.key(c.name()).equals(regionKey) || PlaceNames.key(c.name()).equals(bare)));
    }

    private static boolean sameName(GazetteerEntry a, GazetteerEntry b) {
        return a.name().equals(b.name());
    }
}
