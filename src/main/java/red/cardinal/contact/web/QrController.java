package red.cardinal.contact.web;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.nayuki.qrcodegen.QrCode;
import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.contact.QrCodes;
import red.cardinal.contact.QrOptions;
import red.cardinal.contact.VCardWriter;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.NotFoundException;
import red.cardinal.web.PublicPages;
import red.cardinal.web.PublicUrls;

/**
 * QR codes of published cards. {@code mode=url} (the default) encodes the card's address with
 * {@code ?src=qr}, so scans can be counted; {@code mode=vcard} encodes the contact itself.
 */
@RestController
@Tag(name = "Contact")
class QrController {

	static final String SLUG = "{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}";

	private final CardManagement cards;
	private final MediaManagement media;
	private final PublicUrls urls;
	private final PublicPages kept;

	QrController(CardManagement cards, MediaManagement media, PublicUrls urls, PublicPages kept) {
		this.cards = cards;
		this.media = media;
		this.urls = urls;
		this.kept = kept;
	}

	@GetMapping("/" + SLUG + "/qr.svg")
	ResponseEntity<String> svg(@PathVariable String slug, @RequestParam Map<String, String> params,
			HttpServletRequest request) {
		Card card = card(slug);
		kept.keep(request, card.getId(), null);
		QrOptions options = QrOptions.parse(params);
		QrCode qr = QrCodes.encode(payload(card, options), options);
		return ResponseEntity.ok()
			.contentType(new MediaType("image", "svg+xml"))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(params, card, "svg"))
			// compressed or not as the client takes it, by Tomcat or the short path (PublicPages), whatever its size
			.header(HttpHeaders.VARY, "accept-encoding")
			.body(QrCodes.svg(qr, options, logo(card, options)));
	}

	@GetMapping("/" + SLUG + "/qr.png")
	ResponseEntity<byte[]> png(@PathVariable String slug, @RequestParam Map<String, String> params) {
		Card card = card(slug);
		QrOptions options = QrOptions.parse(params);
		options.requirePngPixels();
		QrCode qr = QrCodes.encode(payload(card, options), options);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(params, card, "png"))
			.body(QrCodes.png(qr, options, logo(card, options)));
	}

	private Card card(String slug) {
		return cards.findLive(slug).orElseThrow(() -> new NotFoundException("Card"));
	}

	private String payload(Card card, QrOptions options) {
		String url = urls.of("/" + card.getSlug());
		return options.vcard() ? VCardWriter.compact(card, url) : url + "?src=qr";
	}

	private byte[] logo(Card card, QrOptions options) {
		return options.logo() && card.getPhotoKey() != null ? media.contactPhoto(card.getPhotoKey()).orElse(null) : null;
	}

	private static String disposition(Map<String, String> params, Card card, String extension) {
		String name = card.getSlug() + "-qr." + extension;
		return ("1".equals(params.get("download")) ? "attachment" : "inline") + "; filename=\"" + name + "\"";
	}
}
