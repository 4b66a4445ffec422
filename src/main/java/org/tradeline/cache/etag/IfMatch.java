package org.tradeline.cache.etag;

/**
 * The conditions of a write: its If-Match header (null when absent, several headers joined with
 * commas) and its If-None-Match (likewise), given to any handler parameter of this type;
 * {@link Etags#require} checks them against the current representation. The one way a write reads
 * its precondition.
 */
public record IfMatch(String header, String ifNoneMatch) {

	/** If-Match alone. */
	public IfMatch(String header) {
		this(header, null);
	}

}
