package org.tradeline.provenance;

import com.fasterxml.jackson.annotation.JsonValue;
import org.tradeline.store.WireName;

/** How a claim stands against what the other sources say about the same thing. */
public enum ClaimStatus {

	/**
	 * Another source states a compatible value and none contradicts it; that an event occurred, any
	 * claim of another source about the event states.
	 */
	CORROBORATED,
	/** No other source speaks to it. */
	UNCORROBORATED,
	/** Another source states a value that cannot also be true, and none supports it. */
	CONTRADICTED,
	/** Other sources both support it and state a value that cannot also be true. */
	CONTESTED;

	@JsonValue
	public String code() {
		return WireName.of(this);
	}

}
