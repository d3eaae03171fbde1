package org.eventbase.pipeline;

/**
 * Which stage, at which version, made a layer. Example: {@code new Provenance("entities", "entities", "1")}.
 */
public record Provenance(String layer, String stage, String version) {}
