package org.eventbase.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventbase.model.Mention;
import org.eventbase.model.PlacePrecision;

/**
 * Resolves an article's toponyms in two passes. The first ranks each toponym's candidates alone and collects what
 * the article is about: its countries (names, demonyms, places that lie in one country), the admin-1 regions it
 * names, and places without namesakes elsewhere. The second ranks again with that context and with the qualifier
 * beside each mention ("Paris, Texas"). Example: in "Paris, Texas. … Lamar County …", "Paris" resolves to the city
 * in Texas; alone in a story about France it resolves to the French capital.
 */
final class ToponymResolver {
    private final CandidateRanker ranker = new CandidateRanker();

    /** What the resolver decided for an article. */
    record Resolution(Map<Toponym, Optional<GazetteerEntry>> picks, CountryFocus focus) {}

    Resolution resolve(String text, List<Toponym> toponyms, List<String> demonymCountries) {
        CountryFocus focus = new CountryFocus();
        demonymCountries.forEach(c -> focus.add(c, 0.5));
        List<GazetteerEntry> regions = new ArrayList<>();
        List<GazetteerEntry> anchors = new ArrayList<>();
        CandidateRanker.Context alone = new CandidateRanker.Context(new CountryFocus(), List.of(), List.of(),
                List.of(), List.of(), new ToponymCues(false, false, false, false));
        for (Toponym t : toponyms) {
            Optional<GazetteerEntry> first = ranker.best(t.candidates(), withCues(alone, t.cues()));
            if (first.isEmpty()) {
                continue;
            }
            GazetteerEntry e = first.get();
            int mentions = t.mentions().size();
            switch (e.precision()) {
                case COUNTRY -> focus.add(e.countryCode(), mentions);
                case ADMIN1 -> {
                    focus.add(e.countryCode(), 0.5 * mentions);
                    regions.add(e);
                }
                case CITY -> {
                    if (t.oneCountry()) {
                        focus.add(e.countryCode(), 0.5 * mentions);
                        anchors.add(e);
                    }
                }
                default -> { }
            }
        }
        Map<Toponym, Optional<GazetteerEntry>> picks = new LinkedHashMap<>();
        for (Toponym t : toponyms) {
            List<GazetteerEntry> qualifiers = qualifiers(text, t, toponyms);
            CandidateRanker.Context context = new CandidateRanker.Context(focus, qualifiers, regions, anchors,
                    others(t, toponyms), t.cues());
            picks.put(t, ranker.best(t.candidates(), context));
        }
        return new Resolution(picks, focus);
    }

    private static CandidateRanker.Context withCues(CandidateRanker.Context c, ToponymCues cues) {
        return new CandidateRanker.Context(c.focus(), c.qualifiers(), c.mentionedRegions(), c.anchors(),
                c.others(), cues);
    }

    /** The candidates of every other toponym with another name, the most populous first, at most 30 each. */
    private static List<List<GazetteerEntry>> others(Toponym t, List<Toponym> all) {
        List<List<GazetteerEntry>> others = new ArrayList<>();
        for (Toponym o : all) {
            if (o != t && !o.entity().name().equals(t.entity().name()) && !o.candidates().isEmpty()) {
                others.add(o.candidates().stream()
                        .sorted(java.util.Comparator.comparingLong(GazetteerEntry::population).reversed())
                        .limit(30).toList());
            }
        }
        return others;
    }

    /** The countries and admin-1 regions written right after a mention of {@code t}: "Paris, Texas". */
    private static List<GazetteerEntry> qualifiers(String text, Toponym t, List<Toponym> all) {
        List<GazetteerEntry> found = new ArrayList<>();
        for (Mention m : t.mentions()) {
            for (Toponym other : all) {
                if (other == t) {
                    continue;
                }
                for (Mention o : other.mentions()) {
                    if (o.start() > m.end() && o.start() - m.end() <= 3
                            && text.substring(m.end(), o.start()).matches(",\\s*")) {
                        other.candidates().stream()
                                .filter(c -> c.precision() == PlacePrecision.COUNTRY
                                        || c.precision() == PlacePrecision.ADMIN1)
                                .forEach(found::add);
                    }
                }
            }
        }
        return found;
    }
}
