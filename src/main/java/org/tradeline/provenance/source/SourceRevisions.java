package org.tradeline.provenance.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.problem.NotFoundException;
import org.tradeline.web.Writes;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

/**
 * The history of a source document's record, as events have theirs: its creation, every edit, delete
 * and restore (and the seed's corrections) is a numbered revision with the source as written before and after,
 * and who made it. Claims are not part of it: they are written under /api/v1/claims and recorded in
 * the revisions of the events they are about. A source's writes already hold its row lock (their
 * update takes it), so revision numbers cannot collide.
 */
@Service
@Transactional
class SourceRevisions {

	private static final TypeReference<Map<String, Object>> SNAPSHOT = new TypeReference<>() {
	};

	private final SourceRevisionRepository revisions;

	private final SourceRepository sources;

	private final JsonMapper mapper;

	SourceRevisions(SourceRevisionRepository revisions, SourceRepository sources, JsonMapper mapper) {
		this.revisions = revisions;
		this.sources = sources;
		this.mapper = mapper;
	}

	/**
	 * Records a change from before (null for a new source) to after (the source as written, and
	 * whether it is deleted); a write that changed nothing is not a revision.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(long sourceId, String action, SourceRequest before, boolean deletedBefore, SourceRequest after,
			boolean deletedAfter) {
		Map<String, Object> from = (before != null) ? snapshot(before, deletedBefore) : null;
		Map<String, Object> to = snapshot(after, deletedAfter);
		Set<String> fields = new LinkedHashSet<>(to.keySet());
		List<String> changed = new ArrayList<>();
		if (from != null) {
			fields.addAll(from.keySet());
		}
		// A new source's fields are all new, as an event's are in its first revision.
		fields.stream()
			.filter(field -> from == null || !Objects.equals(from.get(field), to.get(field)))
			.forEach(changed::add);
		if (changed.isEmpty()) {
			return;
		}
		int number = this.revisions.lastNumber(sourceId) + 1;
		this.revisions.save(new SourceRevision(sourceId, number, action, Writes.author(), Writes.now(),
				this.mapper.writeValueAsString(new Stored(changed, from, to))));
	}

	@Transactional(readOnly = true)
	PageResponse<SourceRevisionView> list(long sourceId, Paging paging) {
		requireSource(sourceId);
		return PageResponse.of(this.revisions.findByOwnerId(sourceId, paging.pageable(Sort.by("number"))),
				this::view);
	}

	@Transactional(readOnly = true)
	SourceRevisionView get(long sourceId, int number) {
		requireSource(sourceId);
		return this.revisions.findByOwnerIdAndNumber(sourceId, number)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("revision", sourceId + "/" + number));
	}

	/** Deleted sources keep their history. */
	private void requireSource(long sourceId) {
		if (this.sources.findAnyById(sourceId).isEmpty()) {
			throw new NotFoundException("source", String.valueOf(sourceId));
		}
	}

	/** The source as written, without claims (they have revisions of their own), and whether it is deleted. */
	private Map<String, Object> snapshot(SourceRequest request, boolean deleted) {
		Map<String, Object> snapshot = new LinkedHashMap<>(this.mapper.convertValue(request, SNAPSHOT));
		snapshot.remove("claims");
		snapshot.put("deleted", deleted);
		return snapshot;
	}

	private SourceRevisionView view(SourceRevision revision) {
		Stored stored = this.mapper.readValue(revision.getChanges(), Stored.class);
		return new SourceRevisionView(revision.getNumber(), revision.getAction(), revision.getAuthor(),
				revision.getChangedAt(), stored.changed(), stored.before(), stored.after());
	}

	record Stored(List<String> changed, Map<String, Object> before, Map<String, Object> after) {
	}

	/**
	 * One revision of a source: who (the token's name, or seed-corrections for the corrections a
	 * migration made) changed what and when. changed lists the fields whose values differ between
	 * before and after; both are the source as written (the fields of a source write, without
	 * claims) plus whether it was deleted.
	 */
	record SourceRevisionView(int number, String action, String author, Instant changedAt, List<String> changed,
			@Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
					description = "The source as written before the change (null for none).") Map<String, Object> before,
			@Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
					description = "The source as written after the change.") Map<String, Object> after) {
	}

}
