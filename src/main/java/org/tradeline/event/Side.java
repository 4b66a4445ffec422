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

}
