package org.tradeline.backup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.tradeline.backup.BackupFormat.Table;
import org.tradeline.provenance.ClaimConsistency;
import org.tradeline.provenance.ValueType;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.PublicationState;

import static org.tradeline.backup.BackupRowCheck.value;

/**
 * The API's rules of a claim against what it refers to (its subject, its attribute, its source, the
 * actor it names), held to the rows of the same backup before it, as the store is empty while it
 * imports; and of a suggestion's attribute and value, which accepting it writes as a claim's. Rows
 * reach it only once each column fits its own rules.
 */
final class ClaimRowCheck {

	private record Attribute(SubjectType subjectType, ValueType valueType) {
	}

	private final BiConsumer<String, String> violation;

	/** The attributes by code, from tables.claim_attribute. */
	private final Map<String, Attribute> attributes = new HashMap<>();

	/** The actors' slugs, from tables.actor, for the values that name an actor. */
	private final Set<String> actorSlugs = new HashSet<>();

	/** The draft sources' ids, from tables.source: kept rather than the published, as they are few. */
	private final Set<Long> draftSources = new HashSet<>();

	/** @param violation notes what does not fit, by its path and message */
	ClaimRowCheck(BiConsumer<String, String> violation) {
		this.violation = violation;
	}

	void attribute(String code, String subjectType, String valueType) {
		this.attributes.put(code, new Attribute(SubjectType.valueOf(subjectType), ValueType.valueOf(valueType)));
	}

	void actor(String slug) {
		this.actorSlugs.add(slug);
	}

	void source(long id, String state) {
		if (PublicationState.valueOf(state) == PublicationState.DRAFT) {
			this.draftSources.add(id);
		}
	}

	/**
	 * A claim is about one subject of its attribute's type, with a value of its type, and published
	 * only with its source. An actor named is one of the backup's, deleted or not: a claim keeps the
	 * actor it named when that actor is deleted later.
	 */
	void claim(Table table, Object[] values, String path) {
		Long event = (Long) value(table, values, "event_id");
		Long actor = (Long) value(table, values, "actor_id");
		Optional<Subject> subject = Subject.of(event, actor, (Long) value(table, values, "figure_id"));
		if (subject.isEmpty()) {
			// Named by the column too many, or the first of none.
			String at = path + "." + ((event == null && actor == null) ? "event_id"
					: (event != null && actor != null) ? "actor_id" : "figure_id");
			this.violation.accept(at, at + ": a claim is about exactly one of event_id, actor_id and figure_id");
		}
		checkAttribute(table, values, path, subject.map(Subject::type));
		long source = (Long) value(table, values, "source_id");
		PublicationState state = PublicationState.valueOf((String) value(table, values, "state"));
		note(path + ".state", ClaimConsistency.sourceProblem(state, source, !this.draftSources.contains(source),
				path + ".state"));
	}

	/**
	 * A suggestion is held to the rules of the claim accepting it writes: an attribute of its
	 * subject's type, and a value of the attribute's.
	 */
	void suggestion(Table table, Object[] values, String path) {
		checkAttribute(table, values, path,
				Optional.of(SubjectType.valueOf((String) value(table, values, "subject_type"))));
	}

	/** The row's attribute is one of the backup's, of its subject's type (if it has one), and its value fits it. */
	private void checkAttribute(Table table, Object[] values, String path, Optional<SubjectType> subject) {
		String code = (String) value(table, values, "attribute");
		Attribute attribute = this.attributes.get(code);
		if (attribute == null) {
			this.violation.accept(path + ".attribute",
					path + ".attribute is not an attribute of tables.claim_attribute");
			return;
		}
		subject.ifPresent(type -> note(path + ".attribute",
				ClaimConsistency.attributeProblem(code, attribute.subjectType(), type, path + ".attribute")));
		checkValue(attribute, (String) value(table, values, "claim_value"), path);
	}

	private void checkValue(Attribute attribute, String value, String path) {
		note(path + ".claim_value",
				attribute.valueType().problem(value, path + ".claim_value", this.actorSlugs::contains));
	}

	private void note(String path, String problem) {
		if (problem != null) {
			this.violation.accept(path, problem);
		}
	}

}
