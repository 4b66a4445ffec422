package org.tradeline.actor;

import com.fasterxml.jackson.annotation.JsonValue;
import org.tradeline.store.WireName;

public enum ActorKind {

	PERSON, GOVERNMENT, MINISTRY, AGENCY, COMPANY, MEDIA;

	@JsonValue
	public String code() {
		return WireName.of(this);
	}

}
