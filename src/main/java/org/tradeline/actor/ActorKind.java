package org.tradeline.actor;

import com.fasterxml.jackson.annotation.JsonValue;

public enum ActorKind {

	PERSON, GOVERNMENT, MINISTRY, AGENCY, COMPANY, MEDIA;

	@JsonValue
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
