package org.tradeline.ingest.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tradeline.ingest.Suggestion;
import org.tradeline.provenance.intake.SourceDocuments;
import org.tradeline.web.Text;

/** The ingest tables: each source's document text and its suggestions with their decisions. */
@Repository
class SuggestionStore implements SourceDocuments {

	private static final String COLUMNS = "number, subject_type, subject_slug, proposal, proposal_title, attribute,"
			+ " claim_value, value_label, start_offset, end_offset, excerpt, rule, confidence, status, decided_by,"
			+ " decided_at, claim_id, created_event";

	// The SQL types of a saved row's columns, so that a null binds the same on H2 and PostgreSQL.
	private static final int[] ROW_TYPES = { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER,
			Types.VARCHAR, Types.VARCHAR, Types.NUMERIC };

	private final JdbcClient jdbc;

	// JdbcClient has no batches; a document's suggestions are inserted in one.
	private final JdbcTemplate batch;

	SuggestionStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void saveDocument(long sourceId, String contentType, String text) {
		this.jdbc.sql("insert into source_document (source_id, content_type, body) values (:id, :type, :body)")
			.param("id", sourceId)
			.param("type", contentType)
			.param("body", text)
			.update();
	}

	/** Numbered from 1 in the engine's order, in one batch. */
	void saveAll(long sourceId, List<Suggestion> suggestions) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < suggestions.size(); i++) {
			Suggestion s = suggestions.get(i);
			// The columns hold what a claim or an event may hold; the rules stay well within it.
			rows.add(new Object[] { sourceId, i + 1, s.subject().type(), s.subject().slug(),
					Text.truncate(s.subject().proposal(), 120), Text.truncate(s.subject().title(), 200), s.attribute(),
					Text.truncate(s.value(), 200), Text.truncate(s.valueLabel(), 300), s.start(), s.end(), s.excerpt(),
					Text.truncate(s.rule(), 80), Suggestion.stored(s.confidence()) });
		}
		this.batch.batchUpdate("insert into ingest_suggestion (source_id, number, subject_type, subject_slug, proposal,"
				+ " proposal_title, attribute, claim_value, value_label, start_offset, end_offset, excerpt, rule,"
				+ " confidence) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, ROW_TYPES);
	}

	long count(long sourceId, String status) {
		return this.jdbc
			.sql("select count(*) from ingest_suggestion where source_id = :source"
					+ ((status != null) ? " and status = :status" : ""))
			.param("source", sourceId)
			.param("status", status, Types.VARCHAR)
			.query(Long.class)
			.single();
	}

	List<StoredSuggestion> page(long sourceId, String status, int size, long offset) {
		return this.jdbc
			.sql("select " + COLUMNS + " from ingest_suggestion where source_id = :source"
					+ ((status != null) ? " and status = :status" : "") + " order by number limit :size offset :offset")
			.param("source", sourceId)
			.param("status", status, Types.VARCHAR)
			.param("size", size)
			.param("offset", offset)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** These suggestions of the source, locked until the transaction ends so two reviewers take turns. */
	List<StoredSuggestion> lock(long sourceId, Collection<Integer> numbers) {
		return this.jdbc
			.sql("select " + COLUMNS + " from ingest_suggestion where source_id = :source and number in (:numbers)"
					+ " order by number for update")
			.param("source", sourceId)
			.param("numbers", numbers)
			.query((rs, n) -> row(rs))
			.list();
	}

	List<StoredSuggestion> byNumbers(long sourceId, Collection<Integer> numbers) {
		return this.jdbc
			.sql("select " + COLUMNS + " from ingest_suggestion where source_id = :source and number in (:numbers)"
					+ " order by number")
			.param("source", sourceId)
			.param("numbers", numbers)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** Records a decision on a pending suggestion; false when it was decided already. */
	boolean decide(long sourceId, int number, String status, String by, Instant at, Long claimId,
			String createdEvent) {
		return this.jdbc.sql("""
				update ingest_suggestion set status = :status, decided_by = :by, decided_at = :at, claim_id = :claim,
				created_event = :event where source_id = :source and number = :number and status = 'PENDING'""")
			.param("status", status)
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("claim", claimId, Types.BIGINT)
			.param("event", createdEvent, Types.VARCHAR)
			.param("source", sourceId)
			.param("number", number)
			.update() == 1;
	}

	/** The draft event accepting a suggestion with this proposal created, if one did. */
	Optional<String> eventFor(long sourceId, String proposal) {
		return this.jdbc.sql("""
				select created_event from ingest_suggestion where source_id = :source and proposal = :proposal
				and created_event is not null order by number""")
			.param("source", sourceId)
			.param("proposal", proposal)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/** Suggestions of the source about the same proposal: where a new event's date and place come from. */
	List<StoredSuggestion> aboutProposal(long sourceId, String proposal) {
		return this.jdbc
			.sql("select " + COLUMNS + " from ingest_suggestion where source_id = :source and proposal = :proposal"
					+ " order by number")
			.param("source", sourceId)
			.param("proposal", proposal)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The events accepting this source's suggestions created. */
	List<String> createdEvents(long sourceId) {
		return this.jdbc
			.sql("select distinct created_event from ingest_suggestion where source_id = :source"
					+ " and created_event is not null order by created_event")
			.param("source", sourceId)
			.query(String.class)
			.list();
	}

	Optional<String> document(long sourceId) {
		return this.jdbc.sql("select body from source_document where source_id = :source")
			.param("source", sourceId)
			.query(String.class)
			.optional();
	}

	@Override
	public boolean holdsDocument(long sourceId) {
		return this.jdbc.sql("select count(*) from source_document where source_id = :source")
			.param("source", sourceId)
			.query(Long.class)
			.single() > 0;
	}

	private static StoredSuggestion row(ResultSet rs) throws SQLException {
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		Long claim = rs.getObject("claim_id", Long.class);
		return new StoredSuggestion(rs.getInt("number"), rs.getString("subject_type"), rs.getString("subject_slug"),
				rs.getString("proposal"), rs.getString("proposal_title"), rs.getString("attribute"),
				rs.getString("claim_value"), rs.getString("value_label"), rs.getInt("start_offset"),
				rs.getInt("end_offset"), rs.getString("excerpt"), rs.getString("rule"), rs.getDouble("confidence"),
				rs.getString("status"), rs.getString("decided_by"), (decided != null) ? decided.toInstant() : null,
				claim, rs.getString("created_event"));
	}

}
