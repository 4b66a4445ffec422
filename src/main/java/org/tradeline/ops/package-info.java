/**
 * Running the service: request ids in logs, response headers and problem bodies, and the metrics
 * operators scrape from the management port beside the JVM and HTTP series Boot provides.
 */
package org.tradeline.ops;
