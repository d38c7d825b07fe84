package red.cardinal.site.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import red.cardinal.account.RateLimits;
import red.cardinal.account.RateLimits.Attempt;
import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;
import red.cardinal.analytics.Analytics;
import red.cardinal.analytics.EventType;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.PhoneNumber;

/**
 * Counted redirects from a card page: to one of the card's own stored links, or to WhatsApp with
 * one of its own numbers. The id is a position on that card and nothing else, so this can never
 * send anyone to an address the card does not hold.
 */
@Controller
class GoController {

	private final CardManagement cards;
	private final Analytics analytics;
	private final RateLimits limits;

	GoController(CardManagement cards, Analytics analytics, RateLimits limits) {
		this.cards = cards;
		this.analytics = analytics;
		this.limits = limits;
	}

	@GetMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/go/{link:\\d{1,3}}")
	ResponseEntity<Void> link(@PathVariable String slug, @PathVariable int link, HttpServletRequest request) {
		Card card = card(slug);
		if (link >= card.getLinks().size()) {
			throw new NotFoundException("Link");
		}
		analytics.record(card, EventType.LINK, request, link);
		return redirect(card.getLinks().get(link).url());
	}

	@GetMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/go/whatsapp/{phone:\\d{1,3}}")
	ResponseEntity<Void> whatsapp(@PathVariable String slug, @PathVariable int phone, HttpServletRequest request) {
		Card card = card(slug);
		if (phone >= card.getPhones().size() || !card.getPhones().get(phone).whatsapp()) {
			throw new NotFoundException("Phone");
		}
		analytics.record(card, EventType.WHATSAPP, request);
		return redirect("https://wa.me/" + new PhoneNumber(card.getPhones().get(phone).number()).digits());
	}

	/**
	 * The share buttons report a share here (navigator.sendBeacon); nothing comes back. A visitor's
	 * shares of a card count once a day, and an address posting more than {@link Limit#SHARE} allows
	 * gets a 429.
	 */
	@PostMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/share")
	ResponseEntity<Void> share(@PathVariable String slug, HttpServletRequest request) {
		Card card = card(slug);
		Attempt attempt = limits.attempt(Limit.SHARE, Key.ip(request));
		if (!attempt.allowed()) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(attempt.retryAfterSeconds()))
				.build();
		}
		analytics.recordOncePerDay(card, EventType.SHARE, request);
		return ResponseEntity.noContent().build();
	}

	private Card card(String slug) {
		return cards.findLive(slug)
			.orElseThrow(() -> new NotFoundException("Card"));
	}

	private static ResponseEntity<Void> redirect(String url) {
		return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, url)
			.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer").build();
	}
}
