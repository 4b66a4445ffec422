/**
 * The embeddable timeline: an HTML page rendered from a template, with its stylesheet and script as
 * versioned static files and no request to any other site, that newsrooms put in an iframe; and the snippet that
 * does so.
 */
package org.tradeline.embed;
