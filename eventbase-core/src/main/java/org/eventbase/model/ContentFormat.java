package org.eventbase.model;

/** What a raw article's content is, once decoded: plain text or an HTML page. */
public enum ContentFormat {
    TEXT,
    HTML
}
