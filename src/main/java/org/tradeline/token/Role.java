package org.tradeline.token;

import com.fasterxml.jackson.annotation.JsonValue;
import org.tradeline.store.WireName;

/** What a token may do: editors write timeline data; admins manage tokens and may write data too. */
public enum Role {

	EDITOR, ADMIN;

	@JsonValue
	public String code() {
		return WireName.of(this);
	}

}
