package org.tradeline.provenance;

import java.util.Collection;

/** How a source's claims stand against the other sources. */
public record SourceStanding(int claims, int corroborated, int uncorroborated, int contradicted) {

	static SourceStanding count(Collection<ClaimStatus> statuses) {
		int corroborated = 0;
		int uncorroborated = 0;
		int contradicted = 0;
		for (ClaimStatus status : statuses) {
			switch (status) {
				case CORROBORATED -> corroborated++;
				case UNCORROBORATED -> uncorroborated++;
				case CONTRADICTED -> contradicted++;
			}
		}
		return new SourceStanding(statuses.size(), corroborated, uncorroborated, contradicted);
	}

}
