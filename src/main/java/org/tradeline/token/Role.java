package org.tradeline.token;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a token may do: editors write timeline data; admins manage tokens and may write data too. */
public enum Role {

	EDITOR, ADMIN;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
