package org.eventbase.story;

import java.util.List;
import org.eventbase.model.EventType;

/**
 * One real-world event as every article that reports it tells it: its mentions (sources and evidence) and the
 * figures they give, conflicting ones side by side. Example: the march in Salto on 4 March, reported by three
 * outlets, PARTICIPANTS claims 2000 (organisers) and 800 (police).
 *
 * @param id       the least event key among its mentions
 * @param type     the PLOVER type
 * @param mode     the mode most mentions give, or null
 * @param place    the most specific place a mention gives, or null
 * @param country  that place's country code, or null
 * @param days     when it happened: from the earliest to the latest date its mentions give; null when none does
 * @param mentions every mention, oldest article first
 * @param claims   the figures, one summary per kind of count
 */
public record MergedEvent(String id, EventType type, String mode, String place, String country, DaySpan days,
        List<EventMention> mentions, List<ClaimSummary> claims) {
    public MergedEvent {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }

    /** True when two sources give different figures for one kind of count. */
    public boolean conflicting() {
        return claims.stream().anyMatch(ClaimSummary::conflicting);
    }
}
