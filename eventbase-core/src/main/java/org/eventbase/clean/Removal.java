package org.eventbase.clean;

/**
 * A piece of the raw input the cleaner dropped, and why.
 * Example: {@code new Removal(812, 842, "player error", "This video could not be played")}.
 *
 * @param rawStart offset of the first dropped character in the raw content
 * @param rawEnd   offset just past the last dropped character
 * @param reason   a short phrase naming the kind of cruft: "photo credit", "video teaser", "navigation", ...
 * @param text     the dropped text, whitespace collapsed
 */
public record Removal(int rawStart, int rawEnd, String reason, String text) {}
