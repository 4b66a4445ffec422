/**
 * Reads a new document and suggests claims: known actors and the titles the text gives them, dates
 * resolved against the publication date, figures, event locations, and the event each belongs to.
 * Pure rules over the text and a snapshot of what the store already knows ({@link org.tradeline.ingest.Known});
 * nothing here touches the database, so the same engine serves the API and its evaluation.
 * Inside: {@code text} reads sentences and words, {@code rules} finds what each sentence mentions,
 * {@code match} places mentions on known events and figures, and the engine turns them into suggestions.
 */
package org.tradeline.ingest;
