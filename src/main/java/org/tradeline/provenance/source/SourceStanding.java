package org.tradeline.provenance.source;

import java.util.Map;

import org.tradeline.provenance.ClaimStatus;

/**
 * How a source's claims stand against the other sources; the four counts add up to claims.
 * Contested claims are supported by some other sources and contradicted by others.
 */
public record SourceStanding(int claims, int corroborated, int uncorroborated, int contradicted, int contested) {

	public static SourceStanding of(Map<ClaimStatus, Long> counts) {
		int corroborated = count(counts, ClaimStatus.CORROBORATED);
		int uncorroborated = count(counts, ClaimStatus.UNCORROBORATED);
		int contradicted = count(counts, ClaimStatus.CONTRADICTED);
		int contested = count(counts, ClaimStatus.CONTESTED);
		return new SourceStanding(corroborated + uncorroborated + contradicted + contested, corroborated,
				uncorroborated, contradicted, contested);
	}

	private static int count(Map<ClaimStatus, Long> counts, ClaimStatus status) {
		return counts.getOrDefault(status, 0L).intValue();
	}

}
