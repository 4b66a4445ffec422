package org.tradeline.ingest.review;

import java.util.List;

import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tradeline.cache.etag.IfMatch;
import org.tradeline.event.EventReferences;
import org.tradeline.event.EventWrites;
import org.tradeline.provenance.intake.SourcePublished;

/**
 * Publishing an ingested source publishes, in the same transaction, the draft events its review
 * created, each through the event write path (a revision with the publishing editor as author). An
 * event an editor published or deleted meanwhile is left as it is.
 */
@Component
class SourcePublication {

	private final SuggestionStore store;

	private final EventWrites events;

	private final EventReferences references;

	SourcePublication(SuggestionStore store, EventWrites events, EventReferences references) {
		this.store = store;
		this.events = events;
		this.references = references;
	}

	@EventListener
	void publishCreatedEvents(SourcePublished published) {
		List<String> created = this.store.createdEvents(published.sourceId());
		if (created.isEmpty()) {
			return;
		}
		for (String slug : this.references.liveDrafts(created)) {
			// The source's publication is the precondition: it held for the source, in this transaction.
			this.events.patch(slug, new IfMatch("*"), JsonNodeFactory.instance.objectNode().put("state", "published"));
		}
	}

}
