package org.tradeline.provenance.dispute;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.provenance.AsOf;
import org.tradeline.provenance.ClaimScope;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.SubjectProvenance;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

/** The list of open disputes, a page of the stored ones viewed from their subjects' claims. */
@Service
@Transactional(readOnly = true)
class DisputeReads {

	private final JdbcClient jdbc;

	private final Provenance provenance;

	DisputeReads(JdbcClient jdbc, Provenance provenance) {
		this.jdbc = jdbc;
		this.provenance = provenance;
	}

	/**
	 * Open disputes, optionally of one subject type, ordered by subject type (events, actors,
	 * figures), subject name and attribute: one page of the stored disputes, viewed from those
	 * subjects' claims.
	 */
	PageResponse<DisputeView> disputes(SubjectType onlyType, Paging paging, AsOf asOf) {
		ReadDependencies.add("disputes");
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (onlyType != null) {
			conditions.add("subject_type = :type");
			params.put("type", onlyType.name());
		}
		if (asOf != null) {
			// Both sides in print by then; the views below show only the claims in print by then.
			conditions.add("in_print_from <= :asOf");
			params.put("asOf", asOf.asOf());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from dispute" + where).params(params).query(Long.class).single();
		List<DisputeRow> rows = this.jdbc
			.sql("select subject_type, subject_id, attribute from dispute" + where
					+ " order by subject_rank, subject_name, attribute, subject_id limit :size offset :offset")
			.params(params)
			.param("size", paging.size())
			.param("offset", (long) paging.page() * paging.size())
			.query((rs, n) -> new DisputeRow(new Subject(SubjectType.valueOf(rs.getString("subject_type").strip()),
					rs.getLong("subject_id")), rs.getString("attribute")))
			.list();
		Map<SubjectType, List<Long>> byType = new EnumMap<>(SubjectType.class);
		rows.forEach(row -> byType.computeIfAbsent(row.subject().type(), t -> new ArrayList<>()).add(row.subject().id()));
		Map<Subject, SubjectProvenance> provenance = new HashMap<>();
		byType.forEach((type, ids) -> this.provenance.forSubjects(type, ids, ClaimScope.asOf(asOf))
			.forEach((id, subject) -> provenance.put(new Subject(type, id), subject)));
		List<DisputeView> page = new ArrayList<>();
		for (DisputeRow row : rows) {
			SubjectProvenance subject = provenance.getOrDefault(row.subject(), SubjectProvenance.NONE);
			subject.disputes().stream().filter(d -> d.attribute().equals(row.attribute())).findFirst().ifPresent(page::add);
		}
		return PageResponse.of(page, paging, total);
	}

	/** One stored dispute: which attribute of which subject. */
	private record DisputeRow(Subject subject, String attribute) {
	}

}
