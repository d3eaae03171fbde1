package org.eventbase.model;

/**
 * How an event is asserted. Example: "if the request comes, we will be obliged to react" is hypothetical;
 * "there was no immediate response" is negated; "the 2011 crackdown" in a 2022 story is historical;
 * "gunmen reportedly opened fire" is reported (unverified).
 */
public record EventModality(boolean hypothetical, boolean negated, boolean historical, boolean reported) {
    public static final EventModality ASSERTED = new EventModality(false, false, false, false);
}
