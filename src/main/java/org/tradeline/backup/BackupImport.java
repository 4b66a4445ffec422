package org.tradeline.backup;

import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tradeline.problem.ConflictException;
import org.tradeline.problem.InvalidRequestException;
import org.tradeline.problem.InvalidUtf8Exception;
import org.tradeline.problem.PayloadTooLargeException;
import org.tradeline.provenance.DerivedProvenance;
import org.tradeline.store.StoreRevision;

/**
 * Replaces the content of a fresh store with a backup, in one transaction: the seed rows go, the
 * backup's rows come in with their ids, timestamps and versions, identity sequences move past the
 * imported ids, and store_change takes the backup's time (so Last-Modified and the feeds match the
 * original) with a revision above any this instance has served (so every cache refreshes).
 * <p>
 * The document is read as a stream, one row at a time ({@link BackupReader}), so memory does not
 * grow with its size; that is why the header must precede "tables" and the tables must come in the
 * documented order. Any problem rolls everything back: 400 for a bad document, 409 for a store that
 * is not fresh.
 */
@Component
class BackupImport {

	private final JdbcTemplate jdbc;

	private final JsonMapper mapper;

	// Immutable, so one serves every import; BackupReader says how it reads.
	private final ObjectReader valueReader;

	private final DerivedProvenance derived;

	private final StoreRevision storeRevision;

	BackupImport(DataSource dataSource, JsonMapper mapper, DerivedProvenance derived, StoreRevision storeRevision) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.mapper = mapper;
		this.derived = derived;
		this.storeRevision = storeRevision;
		this.valueReader = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/**
	 * Fresh means nothing was written since the schema was migrated and seeded: the store revision is
	 * still its initial value and no API token exists (issuing tokens does not move the revision).
	 */
	@Transactional(rollbackFor = Exception.class)
	public ImportedBackup restore(InputStream body) throws PayloadTooLargeException, InvalidUtf8Exception {
		// Locks the row every write updates, so no write or second import can interleave.
		long revision = this.jdbc.queryForObject("select revision from store_change where id = 1 for update",
				Long.class);
		long tokens = this.jdbc.queryForObject("select count(*) from api_token", Long.class);
		if (revision != BackupFormat.FRESH_REVISION || tokens > 0) {
			throw new ConflictException("Backups are imported only into a fresh store (no write and no token since "
					+ "it was set up); this one has store revision " + revision + " and " + tokens + " tokens");
		}
		// The import sets store_change itself (StoreChanges would stamp it with the import's time, not
		// the backup's), so it brings this instance up to the new revision once it commits, as every
		// other write does: no answer kept from before the import is replayed after it.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				BackupImport.this.storeRevision.refreshAfterWrite();
			}

		});
		try (JsonParser parser = this.mapper.createParser(body)) {
			return new BackupReader(parser, this.valueReader, new BackupTableWriter(this.jdbc, this.derived), revision)
				.read();
		}
		catch (JacksonException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof PayloadTooLargeException tooLarge) {
					throw tooLarge;
				}
				if (cause instanceof InvalidUtf8Exception invalid) {
					throw invalid;
				}
			}
			String where = (ex.getLocation() != null)
					? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : "";
			throw new InvalidRequestException("", "The backup is not well-formed JSON" + where);
		}
	}

	/** What was imported: the backup's header and the rows per table. */
	record ImportedBackup(String format, int version, Instant exportedAt, Map<String, Integer> rows) {
	}

}
