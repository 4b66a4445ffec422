package org.tradeline.ingest;

/** A place the text puts something in ("in London"), as offsets of the place name. */
record PlaceMention(int start, int end, String name, boolean known) {
}
