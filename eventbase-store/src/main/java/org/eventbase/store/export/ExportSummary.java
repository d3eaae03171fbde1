package org.eventbase.store.export;

/**
 * What an export wrote: the events written and those left out, with why. Example:
 * {@code new ExportSummary(12, 3, "without coordinates")} reads "12 events written; 3 left out (without coordinates)".
 *
 * @param leftOutWhy why events were left out, or null when none were
 */
public record ExportSummary(long written, long leftOut, String leftOutWhy) {
    /** One line for the user, e.g. {@code 12 events written; 3 left out (without coordinates)}. */
    public String line() {
        String s = written + (written == 1 ? " event" : " events") + " written";
        return leftOut == 0 ? s : s + "; " + leftOut + " left out (" + leftOutWhy + ")";
    }
}
