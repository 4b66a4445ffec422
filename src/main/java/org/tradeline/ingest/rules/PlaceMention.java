package org.tradeline.ingest.rules;

/** A place the text puts something in ("in London"), as offsets of the place name. */
public record PlaceMention(int start, int end, String name, boolean known) {
}
