/**
 * The timeline in formats newsrooms already use: TimelineJS, iCalendar, CSV, Atom and JSON-LD.
 * Every export honours the filters of {@code GET /api/v1/events}.
 */
package org.tradeline.export;
