package org.eventbase.cli;

/** How {@code extract} prints each article: pretty JSON, one JSON object per line, or a readable summary. */
public enum OutputFormat {
    json,
    jsonl,
    text
}
