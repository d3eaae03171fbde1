package org.eventbase.model;

/**
 * What a {@link Count} counts. Example: "at least 12 people were killed" is {@code KILLED}; "317 were injured" is
 * {@code INJURED}; "thousands marched" is {@code PARTICIPANTS}.
 */
public enum CountKind {
    KILLED,
    INJURED,
    ARRESTED,
    MISSING,
    DISPLACED,
    PARTICIPANTS,
    AFFECTED
}
