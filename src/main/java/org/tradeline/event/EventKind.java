package org.tradeline.event;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import org.tradeline.problem.InvalidParameterException;

public enum EventKind {

	TALKS("talks"), CALL("call"), AGREEMENT("agreement"), MEASURE("measure"), STATEMENT("statement"),
	DATA_RELEASE("data-release");

	private final String code;

	EventKind(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	static EventKind parse(String parameter, String code) {
		return Arrays.stream(values())
			.filter(k -> k.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException(parameter, parameter + " must be one of "
					+ Arrays.stream(values()).map(EventKind::code).collect(Collectors.joining(", "))));
	}

}
