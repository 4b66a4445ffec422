package org.tradeline.provenance.source;

import org.tradeline.store.RevisionRepository;

interface SourceRevisionRepository extends RevisionRepository<SourceRevision> {
}
