package org.tradeline.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which side of the talks a participant speaks for. */
public enum Side {

	US, CHINA, OTHER;

	@JsonValue
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
