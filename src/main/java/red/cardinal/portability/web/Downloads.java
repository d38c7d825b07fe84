package red.cardinal.portability.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.multipart.MultipartFile;

import red.cardinal.portability.AccountExport;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/** The export as a download and the import's upload, alike for the API and the account page. */
final class Downloads {

	private Downloads() {
	}

	static void export(AccountExport exports, long ownerId, HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("cardinal-export-" + LocalDate.now(ZoneOffset.UTC) + ".zip").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		exports.write(ownerId, response.getOutputStream());
		response.flushBuffer();
	}

	static InputStream upload(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException(Violation.of("file", "portability.file.required"));
		}
		return file.getInputStream();
	}
}
