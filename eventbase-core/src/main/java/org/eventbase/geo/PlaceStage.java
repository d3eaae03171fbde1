package org.eventbase.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Mention;
import org.eventbase.model.Place;
import org.eventbase.model.PlaceLayer;
import org.eventbase.model.PlacePrecision;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.LayerKey;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Stage;

/**
 * Resolves the article's place entities (GPE, LOCATION) against the offline {@link Gazetteer}
 * ({@link Layers#PLACES}): candidates by name and spelling variant, then context ({@link ToponymResolver}).
 * Seats of government standing for governments ("the Kremlin"), capitals speaking for their state ("Washington
 * said") and sports teams are kept out; a name the gazetteer lacks stays in the layer with a reason. Vague regions
 * ("the west of the country", "western Kenya") are places of precision REGION within their country.
 * Example: "Floods hit Paris, Texas." gives {@code Place("p1", "Paris", 4717560, 33.66, -95.56, "P", "PPLA2",
 * "US", "TX", …, CITY, "e1", …)} and Texas as ADMIN1.
 *
 * <p>Thread-safe; the gazetteer loads once per JVM, on the first article.
 */
public final class PlaceStage implements Stage {
    static final String NOT_IN_GAZETTEER = "not in the gazetteer";
    static final String NO_COUNTRY = "no country in focus to place it in";
    private static final String VERSION = "1";

    private final Supplier<Gazetteer> gazetteer;
    private final ToponymResolver resolver = new ToponymResolver();

    public PlaceStage() {
        this(Gazetteer::shared);
    }

    PlaceStage(Supplier<Gazetteer> gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.NLP, Layers.ENTITIES);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.PLACES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.article().text() == null ? "" : document.article().text();
        PlaceLayer layer = extract(text, document.layer(Layers.ENTITIES));
        return document.with(Layers.PLACES, layer, provenance(Layers.PLACES));
    }

    /** The places of {@code text}, given its entities. */
    public PlaceLayer extract(String text, EntityLayer entities) {
        Gazetteer g = gazetteer.get();
        List<Toponym> toponyms = new ArrayList<>();
        List<String> demonymCountries = new ArrayList<>();
        for (Entity e : entities.entities()) {
            if (e.kind() == EntityKind.NORP) {
                e.mentions().forEach(m -> g.countryOfDemonym(m.text()).ifPresent(demonymCountries::add));
            } else if ((e.kind() == EntityKind.GPE || e.kind() == EntityKind.LOCATION)
                    && !NonToponyms.isInstitution(e.name())) {
                toponymOf(e, text, g).ifPresent(toponyms::add);
            }
        }
        ToponymResolver.Resolution resolution = resolver.resolve(text, toponyms, demonymCountries);
        Map<String, PlaceDraft> drafts = new LinkedHashMap<>();
        for (Map.Entry<Toponym, Optional<GazetteerEntry>> pick : resolution.picks().entrySet()) {
            Toponym t = pick.getKey();
            Optional<GazetteerEntry> entry = pick.getValue();
            List<Mention> mentions = entry.filter(GazetteerEntry::isCapital).isPresent()
                    ? t.mentions().stream().filter(m -> !NonToponyms.speaksForState(text, m.end())).toList()
                    : t.mentions();
            if (mentions.isEmpty()) {
                continue;
            }
            String key = entry.map(PlaceStage::identity).orElse("?" + t.entity().id());
            drafts.computeIfAbsent(key, k -> new PlaceDraft(t.entity(), entry.orElse(null))).mentions.addAll(mentions);
            entry.ifPresent(e -> addCompassRegions(text, e, mentions, drafts));
        }
        String focus = resolution.focus().main().orElse(null);
        for (Mention m : RegionPhrases.ofTheCountry(text)) {
            drafts.computeIfAbsent(regionKey(m.text(), focus, null), k -> new PlaceDraft(null, null, m.text(), focus))
                    .mentions.add(m);
        }
        List<PlaceDraft> ordered = drafts.values().stream()
                .sorted(Comparator.comparingInt(PlaceDraft::firstStart)).toList();
        List<Place> places = new ArrayList<>();
        for (PlaceDraft d : ordered) {
            places.add(d.toPlace("p" + (places.size() + 1)));
        }
        return new PlaceLayer(places);
    }

    private static Optional<Toponym> toponymOf(Entity e, String text, Gazetteer g) {
        List<Mention> mentions = e.mentions().stream().filter(m -> !NonToponyms.isTeam(text, m.end())).toList();
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        List<GazetteerEntry> candidates = g.lookup(e.name());
        for (int i = 0; candidates.isEmpty() && i < e.aliases().size(); i++) {
            candidates = g.lookup(e.aliases().get(i));
        }
        for (int i = 0; candidates.isEmpty() && i < mentions.size(); i++) {
            candidates = g.lookup(mentions.get(i).text());
        }
        if (candidates.isEmpty() && e.name().contains(",")) {
            candidates = g.lookup(e.name().substring(0, e.name().indexOf(',')));
        }
        ToponymCues cues = new ToponymCues(false, false, false, false);
        for (Mention m : mentions) {
            cues = cues.or(ToponymCues.of(text, m.start(), m.end()));
        }
        return Optional.of(new Toponym(e, mentions, candidates, cues));
    }

    private static void addCompassRegions(String text, GazetteerEntry e, List<Mention> mentions,
            Map<String, PlaceDraft> drafts) {
        if (e.precision() != PlacePrecision.COUNTRY && e.precision() != PlacePrecision.ADMIN1) {
            return;
        }
        for (Mention m : mentions) {
            int start = RegionPhrases.compassAdjectiveBefore(text, m.start());
            if (start >= 0) {
                String phrase = text.substring(start, m.end());
                String admin1 = e.precision() == PlacePrecision.ADMIN1 ? e.admin1Code() : null;
                PlaceDraft region = drafts.computeIfAbsent(regionKey(phrase, e.countryCode(), admin1),
                        k -> new PlaceDraft(null, null, phrase, e.countryCode()));
                region.admin1 = admin1;
                region.mentions.add(new Mention(start, m.end(), phrase));
            }
        }
    }

    /** One place per region phrase and country: "the west of the country" said three times is one place. */
    private static String regionKey(String phrase, String country, String admin1) {
        return "region:" + PlaceNames.key(phrase) + ":" + country + ":" + admin1;
    }

    private static String identity(GazetteerEntry e) {
        return e.geonameId() != null ? "g" + e.geonameId()
                : e.precision() + ":" + e.countryCode() + ":" + e.admin1Code() + ":" + e.name();
    }

    /** A place being assembled from one or more entities that resolve to the same gazetteer entry. */
    private static final class PlaceDraft {
        final Entity entity;
        final GazetteerEntry entry;
        final String regionName;
        final String regionCountry;
        String admin1;
        final List<Mention> mentions = new ArrayList<>();

        PlaceDraft(Entity entity, GazetteerEntry entry) {
            this(entity, entry, null, null);
        }

        PlaceDraft(Entity entity, GazetteerEntry entry, String regionName, String regionCountry) {
            this.entity = entity;
            this.entry = entry;
            this.regionName = regionName;
            this.regionCountry = regionCountry;
        }

        int firstStart() {
            return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
        }

        Place toPlace(String id) {
            List<Mention> sorted = mentions.stream().distinct()
                    .sorted(Comparator.comparingInt(Mention::start)).toList();
            if (regionName != null) {
                return new Place(id, regionName, null, null, null, null, null, regionCountry, admin1, 0,
                        PlacePrecision.REGION, null, sorted, regionCountry == null ? NO_COUNTRY : null);
            }
            if (entry == null) {
                return new Place(id, entity.name(), null, null, null, null, null, null, null, 0, null, entity.id(),
                        sorted, NOT_IN_GAZETTEER);
            }
            return new Place(id, entry.name(), entry.geonameId(), round(entry.lat()), round(entry.lon()),
                    entry.featureClass(), entry.featureCode(), blankToNull(entry.countryCode()),
                    blankToNull(entry.admin1Code()), entry.population(), entry.precision(), entity.id(), sorted,
                    null);
        }

        private static Double round(double degrees) {
            return Math.round(degrees * 1e5) / 1e5;
        }

        private static String blankToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }
}
