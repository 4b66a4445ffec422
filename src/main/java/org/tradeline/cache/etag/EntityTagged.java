package org.tradeline.cache.etag;

/**
 * A single resource's representation. An answer (200 or 201) whose body is one gets a strong ETag
 * computed from it ({@link EntityTags}), the same tag a later If-Match is checked against.
 */
public interface EntityTagged {
}
