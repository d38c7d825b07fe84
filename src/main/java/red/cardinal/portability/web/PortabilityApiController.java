package red.cardinal.portability.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.portability.AccountExport;
import red.cardinal.portability.AccountImport;
import red.cardinal.portability.ImportResult;

/** The caller's account as a zip, and such a zip (from this instance or another) brought into it. */
@RestController
@Tag(name = "Export and import")
class PortabilityApiController {

	private final AccountExport exports;
	private final AccountImport imports;

	PortabilityApiController(AccountExport exports, AccountImport imports) {
		this.exports = exports;
		this.imports = imports;
	}

	@GetMapping("/api/v1/export")
	@Operation(summary = "Everything of the caller's account as one zip, streamed",
			description = "cards/<slug>/card.json (as GET /api/v1/cards/{id}, with its sections), products.json, "
					+ "<slug>.vcf, orders.csv and bookings.csv per card; media/<id>.jpg per upload; cardinal-export.json lists them.")
	@ApiResponse(responseCode = "200", description = "the export", content = @Content(mediaType = "application/zip"))
	void export(@AuthenticationPrincipal AccountPrincipal owner, HttpServletResponse response) throws IOException {
		Downloads.export(exports, owner.accountId(), response);
	}

	@PostMapping(path = "/api/v1/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Recreates the cards of an export (with their media, designs, sections and products) in the caller's account",
			description = "All or nothing. A slug taken here gets a free variant, listed in renamed. Orders, bookings and "
					+ "other records are not imported.")
	@ApiResponse(responseCode = "201", description = "{\"cards\": N, \"renamed\": [{\"from\", \"to\"}]}")
	@ApiResponse(responseCode = "400", description = "not an export, a hostile zip, or something in it that does not validate, "
			+ "named in errors; nothing was imported")
	@ApiResponse(responseCode = "409", description = "the account would have more cards than it may have; nothing was imported")
	ResponseEntity<ImportResult> importZip(@AuthenticationPrincipal AccountPrincipal owner,
			@RequestPart(name = "file", required = false) MultipartFile file, Locale locale) throws IOException {
		ImportResult result = imports.importZip(owner.accountId(), Downloads.upload(file), locale);
		return ResponseEntity.created(URI.create("/api/v1/cards")).body(result);
	}
}
