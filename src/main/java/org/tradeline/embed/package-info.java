/**
 * The embeddable timeline: a self-contained HTML page (inline CSS and script, no external requests)
 * that newsrooms put in an iframe, and the snippet that does so.
 */
package org.tradeline.embed;
