package org.tradeline.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.provenance.subject.SubjectType;

/**
 * Open disputes over who held a role: an event attribute whose values are actors ("US Treasury
 * Secretary" at the London talks), where sources name different actors. An actor among the competing
 * values holds the role by some sources and not by others, so the title the directory gives it is
 * disputed; every side is shown, none preferred. Read from the disputes {@link DerivedProvenance}
 * keeps, so a page of actors costs one query however large the store.
 */
@Service
@Transactional(readOnly = true)
public class RoleDisputes {

	/** The open disputes over actor-valued event attributes with a public claim naming one of the actors. */
	private static final String NAMING = """
			select distinct d.subject_id, d.attribute, c.claim_value from dispute d
			join claim_attribute a on a.code = d.attribute
			join claim c on c.event_id = d.subject_id and c.attribute = d.attribute
			where d.subject_type = 'EVENT' and a.value_type = 'ACTOR'
			  and c.deleted_at is null and c.state = 'PUBLISHED' and c.claim_value in (:actors)""";

	private final JdbcClient jdbc;

	private final Provenance provenance;

	RoleDisputes(JdbcClient jdbc, Provenance provenance) {
		this.jdbc = jdbc;
		this.provenance = provenance;
	}

	/** Which of these actors (by slug) are among the competing values of an open dispute over a role. */
	public Set<String> disputedAmong(Collection<String> actors) {
		// Any claim change can open or close such a dispute, on whichever event.
		ReadDependencies.add("disputes");
		if (actors.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql(NAMING).param("actors", actors).query((rs, n) -> rs.getString(3)).list());
	}

	/** The open disputes over a role with this actor (by slug) among their competing values, as events show them. */
	public List<DisputeView> naming(String actor) {
		ReadDependencies.add("disputes");
		Map<Long, Set<String>> attributes = new LinkedHashMap<>();
		this.jdbc.sql(NAMING + " order by d.subject_id, d.attribute")
			.param("actors", List.of(actor))
			.query((rs, n) -> attributes.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2)))
			.list();
		if (attributes.isEmpty()) {
			return List.of();
		}
		List<DisputeView> disputes = new ArrayList<>();
		this.provenance.forSubjects(SubjectType.EVENT, attributes.keySet())
			.forEach((id, subject) -> subject.disputes()
				.stream()
				.filter(d -> attributes.get(id).contains(d.attribute()))
				.filter(d -> d.positions().stream().anyMatch(p -> p.value().equals(actor)))
				.forEach(disputes::add));
		disputes.sort(Comparator.comparing(DisputeView::id));
		return disputes;
	}

}
