package org.tradeline.provenance.claim;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tradeline.store.Tallies;
import org.tradeline.store.TallyOwner;

/**
 * The kept counts of claim statuses: live claims by status, and by source and status (a source's
 * standing). The derivation moves them whenever it assesses claims again; this counts them from
 * scratch for bulk loads, imports and the tests that hold the two equal.
 */
@Component
public class StatusTallies implements TallyOwner {

	/** Live claims by status. */
	public static final String CLAIMS_BY_STATUS = "claims-by-status";

	/** Live claims by source and status, keyed {@link #standingKey}. */
	public static final String CLAIMS_BY_SOURCE_AND_STATUS = "claims-by-source-status";

	private final JdbcClient jdbc;

	StatusTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String standingKey(long sourceId, String status) {
		return sourceId + "/" + status;
	}

	/** A claim of this source in this status counts in both tallies. */
	public static Stream<Tallies.Key> keys(long sourceId, String status) {
		return Stream.of(new Tallies.Key(CLAIMS_BY_STATUS, status),
				new Tallies.Key(CLAIMS_BY_SOURCE_AND_STATUS, standingKey(sourceId, status)));
	}

	@Override
	public Map<String, Map<String, Long>> scratch() {
		Map<String, Long> byStatus = new TreeMap<>();
		Map<String, Long> bySourceAndStatus = new TreeMap<>();
		this.jdbc.sql("""
				select source_id, status, count(*) from claim where deleted_at is null and status is not null
				group by source_id, status""")
			.query((rs, n) -> {
				byStatus.merge(rs.getString(2).strip(), rs.getLong(3), Long::sum);
				return bySourceAndStatus.put(standingKey(rs.getLong(1), rs.getString(2).strip()), rs.getLong(3));
			})
			.list();
		return Map.of(CLAIMS_BY_STATUS, byStatus, CLAIMS_BY_SOURCE_AND_STATUS, bySourceAndStatus);
	}

}
