package org.tradeline.backup;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.backup.BackupFormat.Column;
import org.tradeline.backup.BackupFormat.Table;

/**
 * Writes the whole store as one backup document, row by row as the database hands them over, so
 * memory stays flat however large the store is. One repeatable-read transaction makes the document a
 * consistent snapshot even while editors keep writing.
 */
@Component
class BackupExport {

	private final JdbcTemplate jdbc;

	private final JsonMapper mapper;

	BackupExport(DataSource dataSource, JsonMapper mapper) {
		this.jdbc = new JdbcTemplate(dataSource);
		// Without a fetch size the PostgreSQL driver would load each table whole.
		this.jdbc.setFetchSize(1000);
		this.mapper = mapper;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void writeTo(OutputStream out, Instant exportedAt) {
		try (JsonGenerator json = this.mapper.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("format", BackupFormat.FORMAT);
			json.writeNumberProperty("version", BackupFormat.VERSION);
			json.writeStringProperty("exportedAt", exportedAt.toString());
			json.writeObjectPropertyStart("tables");
			for (Table table : BackupFormat.TABLES) {
				json.writeArrayPropertyStart(table.name());
				this.jdbc.query(table.select(), rs -> {
					json.writeStartObject();
					for (Column column : table.columns()) {
						json.writeName(column.name());
						write(json, column, rs);
					}
					json.writeEndObject();
				});
				json.writeEndArray();
			}
			json.writeEndObject();
			json.writeEndObject();
		}
	}

	private static void write(JsonGenerator json, Column column, ResultSet rs) throws SQLException {
		String name = column.name();
		switch (column.type()) {
			case BIGINT -> {
				long value = rs.getLong(name);
				if (rs.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeNumber(value);
				}
			}
			case INTEGER -> {
				int value = rs.getInt(name);
				if (rs.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeNumber(value);
				}
			}
			case BOOLEAN -> {
				boolean value = rs.getBoolean(name);
				if (rs.wasNull()) {
					json.writeNull();
				}
				else {
					json.writeBoolean(value);
				}
			}
			case TEXT -> writeString(json, rs.getString(name));
			case DATE -> {
				LocalDate value = rs.getObject(name, LocalDate.class);
				writeString(json, (value != null) ? value.toString() : null);
			}
			case TIMESTAMP -> {
				OffsetDateTime value = rs.getObject(name, OffsetDateTime.class);
				writeString(json, (value != null) ? value.toInstant().toString() : null);
			}
			case DECIMAL -> {
				BigDecimal value = rs.getBigDecimal(name);
				writeString(json, (value != null) ? value.toPlainString() : null);
			}
		}
	}

	private static void writeString(JsonGenerator json, String value) {
		if (value == null) {
			json.writeNull();
		}
		else {
			json.writeString(value);
		}
	}

}
