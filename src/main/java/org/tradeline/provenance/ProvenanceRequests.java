package org.tradeline.provenance;

import org.tradeline.provenance.claim.ClaimRequest;
import org.tradeline.provenance.source.SourceRequest;

/**
 * The records the API reads source and claim writes into, named here for the module's users that hold
 * other input to the same constraints (a backup's rows): their Bean Validation annotations are the one
 * statement of what each field may be.
 */
public final class ProvenanceRequests {

	public static final Class<? extends Record> SOURCE = SourceRequest.class;

	public static final Class<? extends Record> CITATION = SourceRequest.CitationRequest.class;

	public static final Class<? extends Record> CLAIM = ClaimRequest.class;

	private ProvenanceRequests() {
	}

}
