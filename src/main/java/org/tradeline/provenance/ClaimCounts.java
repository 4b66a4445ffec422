package org.tradeline.provenance;

/** How many claims back a subject and from how many distinct sources. */
public record ClaimCounts(long claims, long sources) {

	public static final ClaimCounts NONE = new ClaimCounts(0, 0);

}
