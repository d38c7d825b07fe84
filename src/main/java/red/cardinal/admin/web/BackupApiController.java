package red.cardinal.admin.web;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.admin.InstanceBackup;

/** The instance's backup for an admin's API token (see docs/deployment.md, "Backup and restore"). */
@RestController
@Tag(name = "Admin")
class BackupApiController {

	private final InstanceBackup backup;

	BackupApiController(InstanceBackup backup) {
		this.backup = backup;
	}

	@GetMapping("/api/v1/admin/backup")
	@Operation(summary = "A backup of the whole instance (H2: the database and the media), streamed as a zip; admins only",
			description = "Restore it by starting Cardinal with --cardinal.restore=FILE on an empty data directory.")
	@ApiResponse(responseCode = "200", description = "the backup", content = @Content(mediaType = "application/zip"))
	@ApiResponse(responseCode = "403", description = "the token's account is not an admin")
	@ApiResponse(responseCode = "409", description = "the instance runs on PostgreSQL: back it up with pg_dump and the media")
	void download(HttpServletResponse response) throws IOException {
		send(backup, response);
	}

	/** Refuses before a byte is sent when no backup can be made, else streams it as an attachment. */
	static void send(InstanceBackup backup, HttpServletResponse response) throws IOException {
		backup.check();
		String stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "");
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("cardinal-backup-" + stamp + ".zip").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		backup.write(response.getOutputStream());
		response.flushBuffer();
	}
}
