package org.tradeline.backup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.tradeline.backup.BackupFormat.Table;
import org.tradeline.provenance.subject.SubjectType;

import static org.tradeline.backup.BackupRowCheck.value;

/**
 * What a row refers to, held to what the API's writes keep true of it, against the rows of the same
 * backup before it: a live event's participants are live actors (an actor taking part in a live event
 * cannot be deleted, nor an event restored while one of its actors is deleted), and a live claim's
 * source and subject are live (deleting either deletes the claim, which cannot be restored without
 * them). The reads load those rows as live ones, and failed on a deleted one. A suggestion's subject
 * and the event accepting it created are rows of the backup, deleted or not (a suggestion keeps what
 * it named, and slugs never change). Rows reach it only once each column fits its own rules.
 */
final class ReferenceRowCheck {

	private final BiConsumer<String, String> violation;

	/** The deleted rows by id, per table, named as messages name them: few, as most rows are live. */
	private final Map<String, Map<Long, String>> deleted = new HashMap<>();

	/** Every slug of the backup's events, actors and figures, for the suggestions that name them. */
	private final Map<SubjectType, Set<String>> slugs = new HashMap<>();

	/** @param violation notes what does not fit, by its path and message */
	ReferenceRowCheck(BiConsumer<String, String> violation) {
		this.violation = violation;
	}

	/** A row of actor, source, event or figure. */
	void tracked(Table table, Object[] values) {
		long id = (Long) values[0];
		String slug = table.name().equals("source") ? null : (String) value(table, values, "slug");
		if (slug != null) {
			this.slugs.computeIfAbsent(SubjectType.valueOf(table.name().toUpperCase(Locale.ROOT)),
					type -> new HashSet<>())
				.add(slug);
		}
		if (value(table, values, "deleted_at") != null) {
			this.deleted.computeIfAbsent(table.name(), t -> new HashMap<>())
				.put(id, table.name() + " " + ((slug != null) ? "'" + slug + "'" : id));
		}
	}

	/** A live event's participant is a live actor. */
	void participant(Table table, Object[] values, String path) {
		long event = (Long) value(table, values, "event_id");
		String actor = deleted("actor", (Long) value(table, values, "actor_id"));
		if (actor != null && deleted("event", event) == null) {
			this.violation.accept(path + ".actor_id", path + ".actor_id is " + actor
					+ ", which is deleted, while event " + event + " it takes part in is not: the API deletes no "
					+ "actor taking part in a live event");
		}
	}

	/** A live claim's source and subject are live. */
	void claim(Table table, Object[] values, String path) {
		if (value(table, values, "deleted_at") != null) {
			return;
		}
		for (String column : new String[] { "source_id", "event_id", "actor_id", "figure_id" }) {
			String referred = column.substring(0, column.length() - "_id".length());
			String gone = deleted(referred, (Long) value(table, values, column));
			if (gone != null) {
				this.violation.accept(path + "." + column, path + "." + column + " is " + gone
						+ ", which is deleted, while the claim is not: the API deletes a claim with its " + referred);
			}
		}
	}

	/** A suggestion's subject, and the event accepting it created, are rows of the backup. */
	void suggestion(Table table, Object[] values, String path) {
		SubjectType type = SubjectType.valueOf((String) value(table, values, "subject_type"));
		String subject = (String) value(table, values, "subject_slug");
		if (subject != null && !this.slugs.getOrDefault(type, Set.of()).contains(subject)) {
			this.violation.accept(path + ".subject_slug", path + ".subject_slug is not the slug of a row of tables."
					+ type.name().toLowerCase(Locale.ROOT));
		}
		String created = (String) value(table, values, "created_event");
		if (created != null && !this.slugs.getOrDefault(SubjectType.EVENT, Set.of()).contains(created)) {
			this.violation.accept(path + ".created_event",
					path + ".created_event is not the slug of a row of tables.event");
		}
	}

	/** The deleted row's name ("actor 'he-lifeng'", "source 3"), or null if it is live or there is none. */
	private String deleted(String table, Long id) {
		return (id != null) ? this.deleted.getOrDefault(table, Map.of()).get(id) : null;
	}

}
