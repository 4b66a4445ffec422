package org.tradeline.provenance;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Names the subjects of claims. Reads the subject tables directly so that provenance stays free of
 * the event, actor and figure features (which depend on it).
 */
@Component
class SubjectDirectory {

	private static final List<Long> NONE = List.of(-1L);

	private final EntityManager entityManager;

	SubjectDirectory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Names of the live subjects among these. */
	Map<Subject, SubjectRef> name(Collection<Subject> subjects) {
		return name(subjects, " and deleted_at is null");
	}

	/** Names of these subjects, deleted or not. */
	Map<Subject, SubjectRef> nameIncludingDeleted(Collection<Subject> subjects) {
		return name(subjects, "");
	}

	private Map<Subject, SubjectRef> name(Collection<Subject> subjects, String condition) {
		Map<Subject, SubjectRef> names = new HashMap<>();
		if (subjects.isEmpty()) {
			return names;
		}
		List<?> rows = this.entityManager.createNativeQuery("""
				select 'EVENT', id, slug, title from event where id in (:events)%1$s
				union all select 'ACTOR', id, slug, name from actor where id in (:actors)%1$s
				union all select 'FIGURE', id, slug, label from figure where id in (:figures)%1$s""".formatted(condition))
			.setParameter("events", ids(subjects, SubjectType.EVENT))
			.setParameter("actors", ids(subjects, SubjectType.ACTOR))
			.setParameter("figures", ids(subjects, SubjectType.FIGURE))
			.getResultList();
		for (Object row : rows) {
			Object[] columns = (Object[]) row;
			SubjectType type = SubjectType.valueOf(columns[0].toString().strip());
			long id = ((Number) columns[1]).longValue();
			names.put(new Subject(type, id), new SubjectRef(type.code(), (String) columns[2], (String) columns[3]));
		}
		return names;
	}

	/**
	 * Locks the subjects' rows until the transaction ends, so that writers deriving provenance from
	 * the claims about one subject take turns.
	 */
	void lock(SubjectType type, Collection<Long> ids) {
		this.entityManager.createNativeQuery("select id from " + table(type) + " where id in (:ids) order by id for update")
			.setParameter("ids", ids)
			.getResultList();
	}

	/** The id of the live subject with this slug. */
	java.util.Optional<Long> find(SubjectType type, String slug) {
		List<?> ids = this.entityManager
			.createNativeQuery("select id from " + table(type) + " where slug = :slug and deleted_at is null")
			.setParameter("slug", slug)
			.getResultList();
		return ids.stream().findFirst().map(id -> ((Number) id).longValue());
	}

	private static String table(SubjectType type) {
		return switch (type) {
			case EVENT -> "event";
			case ACTOR -> "actor";
			case FIGURE -> "figure";
		};
	}

	private static List<Long> ids(Collection<Subject> subjects, SubjectType type) {
		List<Long> ids = subjects.stream().filter(s -> s.type() == type).map(Subject::id).toList();
		return ids.isEmpty() ? NONE : ids;
	}

}
