package org.tradeline.event;

import com.fasterxml.jackson.annotation.JsonValue;
import org.tradeline.store.WireName;

/** Which side of the talks a participant speaks for. */
public enum Side {

	US, CHINA, OTHER;

	@JsonValue
	public String code() {
		return WireName.of(this);
	}

	/** The side an actor of this country (ISO 3166 code, or null) speaks for. */
	static Side of(String country) {
		if ("US".equals(country)) {
			return US;
		}
		return "CN".equals(country) ? CHINA : OTHER;
	}

}
