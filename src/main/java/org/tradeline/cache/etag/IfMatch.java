package org.tradeline.cache.etag;

/**
 * The If-Match header of a write (null when absent, several headers joined with commas), given to
 * any handler parameter of this type; {@link Etags#require} checks it against the current
 * representation. The one way a write reads its precondition.
 */
public record IfMatch(String header) {
}
