package org.tradeline.event;

import com.fasterxml.jackson.annotation.JsonValue;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.store.WireName;

public enum EventKind {

	TALKS, CALL, AGREEMENT, MEASURE, STATEMENT, DATA_RELEASE;

	@JsonValue
	public String code() {
		return WireName.of(this);
	}

	static EventKind parse(String parameter, String code) {
		return WireName.parse(EventKind.class, code)
			.orElseThrow(() -> new InvalidParameterException(parameter,
					parameter + " must be one of " + WireName.choices(EventKind.class)));
	}

}
