package org.tradeline.backup;

import java.util.List;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tradeline.backup.BackupFormat.Column;
import org.tradeline.backup.BackupFormat.Table;

/**
 * The backup document's schema, derived from {@link BackupFormat}: what the import enforces, which
 * springdoc cannot see because the handlers stream the document. OpenApiDriftTest holds the Backup
 * schemas of openapi.yaml to it; prose and responses are stated there only.
 */
@Configuration(proxyBeanMethods = false)
class BackupOpenApi {

	static final String BACKUP = "Backup";

	static final String BACKUP_REF = "#/components/schemas/" + BACKUP;

	@Bean
	OpenApiCustomizer backupSchemas() {
		return openApi -> {
			ObjectSchema tables = new ObjectSchema();
			for (Table table : BackupFormat.TABLES) {
				ObjectSchema row = new ObjectSchema();
				for (Column column : table.columns()) {
					row.addProperty(column.name(), schema(column));
				}
				row.setRequired(table.columns().stream().filter(c -> !c.nullable()).map(Column::name).toList());
				String name = rowSchemaName(table);
				openApi.getComponents().addSchemas(name, row);
				tables.addProperty(table.name(), new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + name)));
			}
			tables.setRequired(BackupFormat.TABLES.stream().map(Table::name).toList());
			ObjectSchema backup = new ObjectSchema();
			backup.addProperty("format", new StringSchema());
			backup.addProperty("version", new IntegerSchema());
			backup.addProperty("exportedAt", new DateTimeSchema());
			backup.addProperty("tables", tables);
			backup.setRequired(List.of("format", "version", "exportedAt", "tables"));
			openApi.getComponents().addSchemas(BACKUP, backup);
		};
	}

	/** e.g. BackupEventParticipant for event_participant. */
	private static String rowSchemaName(Table table) {
		StringBuilder name = new StringBuilder(BACKUP);
		for (String part : table.name().split("_")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.toString();
	}

	private static Schema<?> schema(Column column) {
		Schema<?> schema = switch (column.type()) {
			case BIGINT -> new IntegerSchema().format("int64");
			case INTEGER -> new IntegerSchema();
			case TEXT -> new StringSchema();
			case BOOLEAN -> new BooleanSchema();
			case DATE -> new DateSchema();
			case TIMESTAMP -> new DateTimeSchema();
			case DECIMAL -> new StringSchema().format("decimal");
		};
		return column.nullable() ? schema.nullable(true) : schema;
	}

}
