package red.cardinal.wallet.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import red.cardinal.account.RateLimits;
import red.cardinal.account.RateLimits.Attempt;
import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.NotFoundException;
import red.cardinal.wallet.ApplePasses;
import red.cardinal.wallet.GoogleWalletLinks;
import red.cardinal.web.Ui;

/**
 * A published card in the visitor's wallet: its Apple pass, and the link that saves it to Google
 * Wallet. A wallet the operator has not configured is a 404 here (and has no button on the page).
 */
@Controller
class WalletPassController {

	static final MediaType PKPASS = new MediaType("application", "vnd.apple.pkpass");

	private static final String SLUG = "{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}";

	private final CardManagement cards;
	private final ApplePasses apple;
	private final GoogleWalletLinks google;
	private final RateLimits limits;

	WalletPassController(CardManagement cards, ApplePasses apple, GoogleWalletLinks google, RateLimits limits) {
		this.cards = cards;
		this.apple = apple;
		this.google = google;
		this.limits = limits;
	}

	/** The pass, labelled in the visitor's language; 429 past {@link Limit#WALLET} from one address. */
	@GetMapping("/" + SLUG + "/wallet.pkpass")
	ResponseEntity<byte[]> applePass(@PathVariable String slug, @ModelAttribute("ui") Ui ui, HttpServletRequest request) {
		if (!apple.available()) {
			throw new NotFoundException("Pass");
		}
		Card card = card(slug);
		ResponseEntity<byte[]> refused = refused(request);
		if (refused != null) {
			return refused;
		}
		byte[] pass = apple.pass(card, ui).orElseThrow(() -> new NotFoundException("Pass"));
		return ResponseEntity.ok()
			.contentType(PKPASS)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + ".pkpass\"")
			.cacheControl(CacheControl.noStore())
			.body(pass);
	}

	/** 302 to Google's save page with the card in a signed JWT; 429 past {@link Limit#WALLET}. */
	@GetMapping("/" + SLUG + "/wallet/google")
	ResponseEntity<byte[]> googleLink(@PathVariable String slug, HttpServletRequest request) {
		if (!google.available()) {
			throw new NotFoundException("Pass");
		}
		Card card = card(slug);
		ResponseEntity<byte[]> refused = refused(request);
		if (refused != null) {
			return refused;
		}
		String link = google.link(card).orElseThrow(() -> new NotFoundException("Pass"));
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, link)
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.build();
	}

	private Card card(String slug) {
		return cards.findLive(slug).orElseThrow(() -> new NotFoundException("Card"));
	}

	private ResponseEntity<byte[]> refused(HttpServletRequest request) {
		Attempt attempt = limits.attempt(Limit.WALLET, Key.ip(request));
		if (attempt.allowed()) {
			return null;
		}
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(attempt.retryAfterSeconds()))
			.build();
	}
}
