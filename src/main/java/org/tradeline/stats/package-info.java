/** Aggregates of the timeline for dashboards: counts, disputes and chartable figure series. */
package org.tradeline.stats;
