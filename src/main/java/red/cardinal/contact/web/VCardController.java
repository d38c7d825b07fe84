package red.cardinal.contact.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ezvcard.VCardVersion;
import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.analytics.Analytics;
import red.cardinal.analytics.EventType;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.SlugLookup;
import red.cardinal.contact.VCardWriter;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.NotFoundException;
import red.cardinal.web.PublicPages;
import red.cardinal.web.PublicUrls;

/** The card as a contact: {@code /{slug}.vcf} for visitors, and the owner's copy in the API. */
@RestController
@Tag(name = "Contact")
class VCardController {

	static final MediaType VCARD = new MediaType("text", "vcard", StandardCharsets.UTF_8);

	private final CardManagement cards;
	private final MediaManagement media;
	private final PublicUrls urls;

	private final Analytics analytics;
	private final PublicPages kept;

	VCardController(CardManagement cards, MediaManagement media, PublicUrls urls, Analytics analytics,
			PublicPages kept) {
		this.cards = cards;
		this.media = media;
		this.urls = urls;
		this.analytics = analytics;
		this.kept = kept;
	}

	@GetMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}.vcf")
	ResponseEntity<String> vcard(@PathVariable String slug, @RequestParam(defaultValue = "3") String v,
			HttpServletRequest request) {
		SlugLookup found = cards.findPublished(slug).orElseThrow(() -> new NotFoundException("Card"));
		if (found instanceof SlugLookup.Moved moved) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, "/" + moved.slug() + ".vcf" + ("4".equals(v) ? "?v=4" : ""))
				.build();
		}
		Card card = ((SlugLookup.Found) found).card();
		long cardId = card.getId();
		analytics.record(cardId, EventType.VCARD, request);
		kept.keep(request, cardId, save -> analytics.record(cardId, EventType.VCARD, save));
		// not stored by shared caches, so every save reaches us and is counted
		return response(card, v, CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate());
	}

	@GetMapping("/api/v1/cards/{id}/vcard")
	ResponseEntity<String> ownersVcard(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(defaultValue = "3") String v) {
		return response(cards.get(owner.accountId(), id), v, CacheControl.noStore());
	}

	private ResponseEntity<String> response(Card card, String v, CacheControl cache) {
		byte[] photo = card.getPhotoKey() == null ? null : media.contactPhoto(card.getPhotoKey()).orElse(null);
		String body = VCardWriter.write(card, urls.of("/" + card.getSlug()), photo,
				"4".equals(v) ? VCardVersion.V4_0 : VCardVersion.V3_0);
		return ResponseEntity.ok()
			.contentType(VCARD)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(card.displayName() + ".vcf"))
			// compressed or not as the client takes it, by Tomcat or the short path (PublicPages), whatever its size
			.header(HttpHeaders.VARY, "accept-encoding")
			.cacheControl(cache)
			.body(body);
	}

	/** RFC 6266: an ASCII {@code filename} for old clients and the exact name as {@code filename*}. */
	static String attachment(String filename) {
		String ascii = Normalizer.normalize(filename, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9._ -]+", "_");
		String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}
}
