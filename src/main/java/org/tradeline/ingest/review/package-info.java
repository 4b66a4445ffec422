/**
 * Ingest and review: a document sent by an editor becomes a draft source, the suggestion engine reads
 * it against what the store knows, every suggestion is stored with a preview of what it would do to
 * the public record, and the editor accepts (a draft claim) or rejects each before publishing the
 * source. See docs/ingest.md.
 */
package org.tradeline.ingest.review;
