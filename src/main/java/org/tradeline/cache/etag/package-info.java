/**
 * Entity tags: the strong ETag of every single resource, its gzip variant, and the If-Match a write
 * must send back. A named interface of the cache module: resources and their writes use it.
 */
@NamedInterface("etag")
package org.tradeline.cache.etag;

import org.springframework.modulith.NamedInterface;
