package red.cardinal.contact.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full-screen QR page as an app for the home screen: its web app manifest and the service
 * worker that keeps the page, its code and its style sheet for a phone with no network.
 */
@RestController
@Hidden
class OfflineQrController {

	/** What the worker keeps of a card's QR page: the page first (it is also the worker's scope). */
	static List<String> kept(String slug) {
		return List.of("/" + slug + "/qr", "/" + slug + "/qr.svg?size=600", "/assets/card.css",
				"/" + slug + "/qr/manifest.webmanifest");
	}

	private static final String WORKER = read("qr-worker.js");

	private final CardManagement cards;
	private final JsonMapper json;

	OfflineQrController(CardManagement cards, JsonMapper json) {
		this.cards = cards;
		this.json = json;
	}

	@GetMapping(path = "/" + QrController.SLUG + "/qr/manifest.webmanifest")
	ResponseEntity<String> manifest(@PathVariable String slug) {
		Card card = card(slug);
		var manifest = new LinkedHashMap<String, Object>();
		manifest.put("name", card.displayName());
		manifest.put("short_name", card.displayName().length() > 12 ? card.displayName().substring(0, 12) : card.displayName());
		manifest.put("id", "/" + slug + "/qr");
		manifest.put("start_url", "/" + slug + "/qr");
		manifest.put("scope", "/" + slug + "/qr");
		manifest.put("display", "standalone");
		manifest.put("background_color", "#ffffff");
		manifest.put("theme_color", "#ffffff");
		manifest.put("icons", List.of(icon(slug, 192), icon(slug, 512)));
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "manifest+json", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(json.writeValueAsString(manifest));
	}

	/** The worker, allowed the page's own path as its scope (one level above where it is served). */
	@GetMapping(path = "/" + QrController.SLUG + "/qr/worker.js")
	ResponseEntity<String> worker(@PathVariable String slug) {
		card(slug);
		String head = "const CACHE = " + json.writeValueAsString("cardinal-qr-" + slug) + ";\nconst KEPT = "
				+ json.writeValueAsString(kept(slug)) + ";\n";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header("Service-Worker-Allowed", "/" + slug + "/qr")
			.body(head + WORKER);
	}

	private static Map<String, String> icon(String slug, int size) {
		return Map.of("src", "/" + slug + "/qr.png?size=" + size, "sizes", size + "x" + size, "type", "image/png",
				"purpose", "any");
	}

	private Card card(String slug) {
		return cards.findLive(slug).orElseThrow(() -> new NotFoundException("Card"));
	}

	private static String read(String name) {
		try (InputStream in = OfflineQrController.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
