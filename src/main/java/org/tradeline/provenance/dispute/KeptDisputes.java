package org.tradeline.provenance.dispute;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tradeline.provenance.claim.SubjectDirectory;
import org.tradeline.provenance.dispute.DisputeDetector.Conflict;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectRef;
import org.tradeline.provenance.subject.SubjectType;

/**
 * The open disputes as the derived provenance keeps them, the public's ({@link Dispute}) and an
 * editor's, drafts included ({@link EditorDispute}): replaced per subject by the write that assessed
 * its claims, inside that write's transaction.
 */
@Component
public class KeptDisputes {

	private final JdbcClient jdbc;

	private final SubjectDirectory directory;

	KeptDisputes(JdbcClient jdbc, SubjectDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * The disputes of these subjects, as the public's claims and as all their live claims show them;
	 * {@code inPrint} gives each claim's source's first day in print, by source id.
	 */
	public void replace(SubjectType type, Collection<Long> ids, List<Conflict> seenByPublic, List<Conflict> withDrafts,
			Map<Long, LocalDate> inPrint) {
		storePublic(type, ids, seenByPublic, inPrint);
		storeWithDrafts(type, ids, withDrafts, inPrint);
	}

	/** Forgets every kept dispute, before a rebuild derives them all again. */
	public void clear() {
		this.jdbc.sql("delete from dispute").update();
		this.jdbc.sql("delete from editor_dispute").update();
	}

	/** The public's disputes are listed by their subject's name: it changed. */
	public void renamed(Subject subject) {
		SubjectRef name = this.directory.nameIncludingDeleted(List.of(subject)).get(subject);
		this.jdbc.sql("update dispute set subject_name = :name where subject_type = :type and subject_id = :id")
			.param("name", name.name())
			.param("type", subject.type().name())
			.param("id", subject.id())
			.update();
	}

	private void storePublic(SubjectType type, Collection<Long> ids, List<Conflict> conflicts,
			Map<Long, LocalDate> inPrint) {
		forget("dispute", type, ids);
		if (conflicts.isEmpty()) {
			return;
		}
		// A subject being restored is still deleted while its claims come back; it has its name all the same.
		Map<Subject, SubjectRef> names = this.directory.nameIncludingDeleted(
				conflicts.stream().map(Conflict::subject).collect(Collectors.toSet()));
		for (Conflict conflict : conflicts) {
			this.jdbc.sql("""
					insert into dispute (subject_type, subject_id, attribute, subject_rank, subject_name, self_contradicting,
					in_print_from)
					values (:type, :id, :attribute, :rank, :name, :selfContradicting, :inPrintFrom)""")
				.param("type", type.name())
				.param("id", conflict.subject().id())
				.param("attribute", conflict.attribute())
				.param("rank", type.ordinal())
				.param("name", names.get(conflict.subject()).name())
				.param("selfContradicting", !conflict.selfContradictingSources().isEmpty())
				.param("inPrintFrom", DisputeDetector.inPrintFrom(conflict, inPrint::get).orElse(null), Types.DATE)
				.update();
		}
	}

	private void storeWithDrafts(SubjectType type, Collection<Long> ids, List<Conflict> conflicts,
			Map<Long, LocalDate> inPrint) {
		forget("editor_dispute", type, ids);
		for (Conflict conflict : conflicts) {
			this.jdbc.sql("""
					insert into editor_dispute (subject_type, subject_id, attribute, in_print_from)
					values (:type, :id, :attribute, :inPrintFrom)""")
				.param("type", type.name())
				.param("id", conflict.subject().id())
				.param("attribute", conflict.attribute())
				.param("inPrintFrom", DisputeDetector.inPrintFrom(conflict, inPrint::get).orElse(null), Types.DATE)
				.update();
		}
	}

	/** Deletes the kept disputes of these subjects from the table, before they are stored again. */
	private void forget(String table, SubjectType type, Collection<Long> ids) {
		this.jdbc.sql("delete from " + table + " where subject_type = :type and subject_id in (:ids)")
			.param("type", type.name())
			.param("ids", ids)
			.update();
	}

}
