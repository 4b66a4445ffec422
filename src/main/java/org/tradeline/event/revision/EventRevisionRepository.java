package org.tradeline.event.revision;

import org.tradeline.store.RevisionRepository;

interface EventRevisionRepository extends RevisionRepository<EventRevision> {
}
