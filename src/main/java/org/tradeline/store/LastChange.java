package org.tradeline.store;

import java.time.Instant;

/**
 * When the store last changed, and whether that change was the only one in its second. An HTTP date
 * names a second: a copy dated with the second of the last change shows that change only if no
 * other change shares the second (RFC 9110 8.8.2.2).
 */
public record LastChange(Instant at, boolean aloneInItsSecond) {

}
