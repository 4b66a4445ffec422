/**
 * What the request mappings serve at a URL: the methods a 405 lists in Allow, the media types a 406
 * names. Read by the problem answers only.
 */
package org.tradeline.problem.routes;
