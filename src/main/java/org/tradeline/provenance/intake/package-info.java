/**
 * What provenance offers features that read documents (ingest): a draft source for a document,
 * previews of suggested claims by the dispute rules, draft claims through the claim write path, and
 * the event that a draft source was published. A named interface of the provenance module.
 */
@NamedInterface("intake")
package org.tradeline.provenance.intake;

import org.springframework.modulith.NamedInterface;
