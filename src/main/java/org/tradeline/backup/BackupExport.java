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
		// Typed reads return null for SQL NULL, so no wasNull() dance per type.
		Object value = switch (column.type()) {
			case BIGINT -> rs.getObject(name, Long.class);
			case INTEGER -> rs.getObject(name, Integer.class);
			case BOOLEAN -> rs.getObject(name, Boolean.class);
			case TEXT -> rs.getString(name);
			case DATE -> rs.getObject(name, LocalDate.class);
			case TIMESTAMP -> {
				OffsetDateTime time = rs.getObject(name, OffsetDateTime.class);
				yield (time != null) ? time.toInstant() : null;
			}
			// A string, so no digit is lost to a binary floating point reader.
			case DECIMAL -> {
				BigDecimal decimal = rs.getBigDecimal(name);
				yield (decimal != null) ? decimal.toPlainString() : null;
			}
		};
		if (value == null) {
			json.writeNull();
		}
		else if (value instanceof Long number) {
			json.writeNumber(number);
		}
		else if (value instanceof Integer number) {
			json.writeNumber(number);
		}
		else if (value instanceof Boolean flag) {
			json.writeBoolean(flag);
		}
		else {
			json.writeString(value.toString());
		}
	}

}
