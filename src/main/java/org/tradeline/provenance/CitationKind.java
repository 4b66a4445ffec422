package org.tradeline.provenance;


import com.fasterxml.jackson.annotation.JsonValue;
import org.tradeline.store.WireName;

/** What kind of outlet, agency or channel a source document cites. */
public enum CitationKind {

	NEWS_OUTLET, STATE_MEDIA, SOCIAL_MEDIA, GOVERNMENT, ANALYST;

	@JsonValue
	public String code() {
		return WireName.of(this);
	}

}
