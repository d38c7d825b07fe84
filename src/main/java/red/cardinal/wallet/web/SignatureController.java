package red.cardinal.wallet.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.wallet.CallBackgrounds;
import red.cardinal.wallet.EmailSignatures;
import red.cardinal.wallet.EmailSignatures.Signature;
import red.cardinal.web.ContentSecurityPolicy;
import red.cardinal.web.PublicUrls;

/** The owner's screen for a card's email signature (preview, copy, source) and its call backgrounds. */
@Controller
class SignatureController {

	private final CardManagement cards;
	private final EmailSignatures signatures;
	private final CallBackgrounds backgrounds;
	private final PublicUrls urls;

	SignatureController(CardManagement cards, EmailSignatures signatures, CallBackgrounds backgrounds, PublicUrls urls) {
		this.cards = cards;
		this.signatures = signatures;
		this.backgrounds = backgrounds;
		this.urls = urls;
	}

	@GetMapping("/dashboard/cards/{id}/signature")
	String show(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String layout, Model model) {
		Card card = cards.get(owner.accountId(), id);
		Signature signature = signatures.signature(owner.accountId(), id, layout);
		model.addAttribute("page", new SignaturePage(card.getId(), card.displayName(), card.isPublished(), signature,
				EmailSignatures.LAYOUTS, CallBackgrounds.SIZES, CallBackgrounds.LAYOUTS));
		return "wallet/signature";
	}

	/**
	 * The signature alone, for the preview frame: its inline styles are allowed here only, on a
	 * page with no script and nothing else on it.
	 */
	@GetMapping("/dashboard/cards/{id}/signature/preview")
	ResponseEntity<byte[]> preview(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String layout) {
		Signature signature = signatures.signature(owner.accountId(), id, layout);
		String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">"
				+ "<title>Signature</title></head><body style=\"margin:12px;background:#ffffff\">" + signature.html()
				+ "</body></html>";
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header(ContentSecurityPolicy.HEADER, "default-src 'none'; img-src 'self' data: " + urls.base()
					+ "; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'")
			.body(html.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/dashboard/cards/{id}/background.png")
	ResponseEntity<byte[]> background(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(defaultValue = "1920") String width, @RequestParam(defaultValue = "1080") String height,
			@RequestParam(required = false) String layout, @RequestParam(required = false) String download) {
		int w = ShareApiController.pixels(width);
		int h = ShareApiController.pixels(height);
		byte[] png = backgrounds.png(owner.accountId(), id, w, h, layout);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(download != null ? "attachment" : "inline") + "; filename=\"background-" + w + "x" + h + ".png\"")
			.body(png);
	}
}
