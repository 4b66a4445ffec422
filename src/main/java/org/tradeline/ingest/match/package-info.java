/**
 * Which known event or figure a mention belongs to: the store's events and figures indexed once per
 * document, and every mention scored against the few it could be about.
 */
package org.tradeline.ingest.match;
