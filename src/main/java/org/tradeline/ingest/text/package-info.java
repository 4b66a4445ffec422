/**
 * Reading text as the rules need it: sentences and words with their offsets into the document, and
 * words folded and stemmed so that variants compare equal. Knows nothing of what the store holds.
 */
package org.tradeline.ingest.text;
