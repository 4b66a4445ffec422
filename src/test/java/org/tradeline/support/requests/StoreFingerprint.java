package org.tradeline.support.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What is stored, read straight from the database: the store revision and a hash of every row. */
public final class StoreFingerprint {

	private final JdbcClient jdbc;

	public StoreFingerprint(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long revision() {
		return this.jdbc.sql("select revision from store_change where id = 1").query(Long.class).single();
	}

	/** Row counts and a hash of every row of every table. */
	String rows() {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> tables = this.jdbc.sql("select table_name from information_schema.tables "
				+ "where lower(table_schema) = 'public' and table_type = 'BASE TABLE' order by table_name")
			.query(String.class)
			.list();
		assertThat(tables).as("tables to fingerprint").contains("event", "claim", "store_change");
		// Request budgets, not stored data: on PostgreSQL every request (refused ones too) may spend some.
		tables = tables.stream().filter(table -> !"rate_limit_window".equals(table)).toList();
		for (String table : tables) {
			List<String> rows = new ArrayList<>(this.jdbc.sql("select * from " + table).query((rs, n) -> {
				int columns = rs.getMetaData().getColumnCount();
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(rs.getString(i)).append('\u0001');
				}
				return row.toString();
			}).list());
			rows.sort(null);
			digest.update((table + ":" + rows.size() + "\n").getBytes(StandardCharsets.UTF_8));
			rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
