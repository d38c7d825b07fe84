package red.cardinal.wallet.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.wallet.CallBackgrounds;
import red.cardinal.wallet.EmailSignatures;
import red.cardinal.wallet.EmailSignatures.Signature;

/** An owner's card as an email signature and as a video-call background. */
@RestController
@Tag(name = "Signature and backgrounds")
class ShareApiController {

	private final EmailSignatures signatures;
	private final CallBackgrounds backgrounds;

	ShareApiController(EmailSignatures signatures, CallBackgrounds backgrounds) {
		this.signatures = signatures;
		this.backgrounds = backgrounds;
	}

	@GetMapping("/api/v1/cards/{id}/signature")
	@Operation(summary = "The card as an email signature, HTML (one table, inline styles, absolute image URLs) and plain text",
			description = "layout: photo (default; without a photo as simple), simple, or qr (a small code beside the details).")
	@ApiResponse(responseCode = "200", description = "{\"layout\", \"html\", \"text\"}")
	@ApiResponse(responseCode = "400", description = "a layout not offered")
	@ApiResponse(responseCode = "404", description = "no such card of the caller's")
	Signature signature(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String layout) {
		return signatures.signature(owner.accountId(), id, layout);
	}

	@GetMapping("/api/v1/cards/{id}/background.png")
	@Operation(summary = "The card as a video-call background: its colours and fonts, name, title, organisation and a QR code of its address",
			description = "width×height 1920×1080 (default) or 1280×720; layout qr-right (default: text upper left, code upper right) "
					+ "or qr-left. Drawn as the other people in the call see it (apps mirror only your own preview).")
	@ApiResponse(responseCode = "200", description = "the PNG", content = @Content(mediaType = "image/png"))
	@ApiResponse(responseCode = "400", description = "a size or layout not offered")
	@ApiResponse(responseCode = "404", description = "no such card of the caller's")
	ResponseEntity<byte[]> background(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(defaultValue = "1920") String width, @RequestParam(defaultValue = "1080") String height,
			@RequestParam(required = false) String layout, @RequestParam(required = false) String download) {
		byte[] png = backgrounds.png(owner.accountId(), id, pixels(width), pixels(height), layout);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, (download != null ? "attachment" : "inline")
					+ "; filename=\"background-" + pixels(width) + "x" + pixels(height) + ".png\"")
			.body(png);
	}

	/** A number, or -1 (not an offered size, refused with the others). */
	static int pixels(String text) {
		return text.matches("[0-9]{1,5}") ? Integer.parseInt(text) : -1;
	}
}
