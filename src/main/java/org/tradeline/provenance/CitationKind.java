package org.tradeline.provenance;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of outlet, agency or channel a source document cites. */
public enum CitationKind {

	NEWS_OUTLET, STATE_MEDIA, SOCIAL_MEDIA, GOVERNMENT, ANALYST;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
