package org.tradeline.backup;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.backup.BackupImport.ImportedBackup;
import org.tradeline.web.Writes;

/** Admin only, like everything under /api/v1/admin (see SecurityConfig). */
@RestController
@Tag(name = "Backup", description = "Export the whole store, and import it into a fresh instance (admin only)")
@RequestMapping(BackupController.PATH)
class BackupController {

	static final String PATH = "/api/v1/admin/backup";

	private final BackupExport export;

	private final BackupImport imports;

	BackupController(BackupExport export, BackupImport imports) {
		this.export = export;
		this.imports = imports;
	}

	/** Streamed straight to the client: the document is never held in memory. */
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "exportBackup", summary = "Export the whole store as one backup document",
			responses = @ApiResponse(responseCode = "200", description = "The backup document",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(ref = BackupOpenApi.BACKUP_REF))))
	void export(HttpServletResponse response) throws IOException {
		Instant now = Writes.now();
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("tradeline-backup-" + LocalDate.ofInstant(now, ZoneOffset.UTC) + ".json")
			.build()
			.toString());
		// It names every token holder: no shared cache may keep it.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		this.export.writeTo(response.getOutputStream(), now);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "importBackup", summary = "Import a backup into a fresh instance",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(ref = BackupOpenApi.BACKUP_REF))))
	ImportedBackup restore(HttpServletRequest request) throws IOException {
		return this.imports.restore(request.getInputStream());
	}

}
