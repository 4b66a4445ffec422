/**
 * What one sentence mentions, kind by kind: known actors and their titles, dates resolved against
 * the publication date, numbers with units and places. Each finder reads the text only; deciding
 * which event a mention belongs to is left to {@code org.tradeline.ingest.match}.
 */
package org.tradeline.ingest.rules;
