package org.tradeline.event.revision;

import java.time.Instant;

/** A revision that published or unpublished an event: its action, and when. */
record StateChange(long eventId, String action, Instant changedAt) {
}
