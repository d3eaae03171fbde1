package org.eventbase.story;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eventbase.model.ActorKind;
import org.eventbase.model.PlacePrecision;

/**
 * Decides whether two event mentions from different articles denote the same real-world event: same PLOVER type
 * and the same flags (historical, hypothetical); date spans that overlap once widened by
 * {@link StorySettings#eventSlackDays()} (a month-precision date is compatible with any day in it); compatible
 * places (the same place; two cities within {@link StorySettings#nearbyKilometres()}; a province or country with any
 * place inside it); and source actors of compatible kinds. A pure, symmetric function. Example: a PROTEST in Salto
 * on 4 March and a PROTEST "in Uruguay" dated that week corefer; PROTESTs in Salto and in Rivera on the same day
 * do not.
 */
public final class EventCoreference {
    private final StorySettings settings;

    public EventCoreference(StorySettings settings) {
        this.settings = settings;
    }

    public boolean corefer(EventProfile a, EventProfile b) {
        if (a.articleId().equals(b.articleId()) || a.negated() || b.negated()) {
            return false;
        }
        if (a.type() != b.type() || a.historical() != b.historical() || a.hypothetical() != b.hypothetical()) {
            return false;
        }
        if (a.days() != null && b.days() != null && !a.days().near(b.days(), settings.eventSlackDays())) {
            return false;
        }
        return sitesCompatible(a.site(), b.site()) && actorsCompatible(a.sourceKinds(), b.sourceKinds());
    }

    boolean sitesCompatible(EventSite a, EventSite b) {
        if (a == null || b == null) {
            return true;
        }
        if (a.geonameId() != null && a.geonameId().equals(b.geonameId())) {
            return true;
        }
        if (a.country() == null || b.country() == null) {
            return a.name() != null && a.name().equalsIgnoreCase(b.name());
        }
        if (!a.country().equals(b.country())) {
            return false;
        }
        if (a.local() && b.local()) {
            return a.kilometresTo(b) <= settings.nearbyKilometres();
        }
        if (a.precision() == PlacePrecision.ADMIN1 || b.precision() == PlacePrecision.ADMIN1) {
            return a.admin1() == null || b.admin1() == null || a.admin1().equals(b.admin1());
        }
        return true;
    }

    private static boolean actorsCompatible(List<ActorKind> a, List<ActorKind> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        Set<ActorKind> x = broad(a);
        x.retainAll(broad(b));
        return !x.isEmpty();
    }

    private static Set<ActorKind> broad(List<ActorKind> kinds) {
        Set<ActorKind> broad = EnumSet.noneOf(ActorKind.class);
        for (ActorKind k : kinds) {
            broad.add(switch (k) {
                case RIOTERS -> ActorKind.PROTESTERS;
                case MILITARY -> ActorKind.STATE_FORCES;
                case UNIDENTIFIED_ARMED_GROUP -> ActorKind.REBEL_GROUP;
                default -> k;
            });
        }
        return broad;
    }
}
