package org.tradeline.provenance;

import java.util.Collection;

/**
 * How a source's claims stand against the other sources; the four counts add up to claims.
 * Contested claims are supported by some other sources and contradicted by others.
 */
public record SourceStanding(int claims, int corroborated, int uncorroborated, int contradicted, int contested) {

	static SourceStanding count(Collection<ClaimStatus> statuses) {
		int[] counts = new int[ClaimStatus.values().length];
		statuses.forEach(status -> counts[status.ordinal()]++);
		return new SourceStanding(statuses.size(), counts[ClaimStatus.CORROBORATED.ordinal()],
				counts[ClaimStatus.UNCORROBORATED.ordinal()], counts[ClaimStatus.CONTRADICTED.ordinal()],
				counts[ClaimStatus.CONTESTED.ordinal()]);
	}

}
