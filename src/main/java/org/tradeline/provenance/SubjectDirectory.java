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

	Map<Subject, SubjectRef> name(Collection<Subject> subjects) {
		Map<Subject, SubjectRef> names = new HashMap<>();
		if (subjects.isEmpty()) {
			return names;
		}
		List<?> rows = this.entityManager.createNativeQuery("""
				select 'EVENT', id, slug, title from event where id in (:events) and deleted_at is null
				union all select 'ACTOR', id, slug, name from actor where id in (:actors) and deleted_at is null
				union all select 'FIGURE', id, slug, label from figure where id in (:figures) and deleted_at is null""")
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

	/** The id of the live subject with this slug. */
	java.util.Optional<Long> find(SubjectType type, String slug) {
		String table = switch (type) {
			case EVENT -> "event";
			case ACTOR -> "actor";
			case FIGURE -> "figure";
		};
		List<?> ids = this.entityManager
			.createNativeQuery("select id from " + table + " where slug = :slug and deleted_at is null")
			.setParameter("slug", slug)
			.getResultList();
		return ids.stream().findFirst().map(id -> ((Number) id).longValue());
	}

	private static List<Long> ids(Collection<Subject> subjects, SubjectType type) {
		List<Long> ids = subjects.stream().filter(s -> s.type() == type).map(Subject::id).toList();
		return ids.isEmpty() ? NONE : ids;
	}

}
