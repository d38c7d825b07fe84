package red.cardinal.wallet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import red.cardinal.card.Card;
import red.cardinal.media.MediaManagement;
import red.cardinal.web.PublicUrls;

/**
 * A card's "Add to Google Wallet" link: {@code https://pay.google.com/gp/v/save/<JWT>}, the JWT
 * signed (RS256) with the operator's service account and carrying the card as a generic pass. The
 * pass holds text and links only (no picture data), so the link stays far below browsers' limits.
 */
@Component
public class GoogleWalletLinks {

	static final String SAVE = "https://pay.google.com/gp/v/save/";

	/** Longer links are not followed by every browser and app; no card comes near it (see the tests). */
	static final int MAX_LINK = 2000;

	/** The most of one card field the pass shows. */
	static final int MAX_TEXT = 80;

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final WalletCertificates certificates;
	private final PublicUrls urls;
	private final MediaManagement media;
	private final Clock clock;

	GoogleWalletLinks(WalletCertificates certificates, PublicUrls urls, MediaManagement media, Optional<Clock> clock) {
		this.certificates = certificates;
		this.urls = urls;
		this.media = media;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public boolean available() {
		return certificates.google().isPresent();
	}

	/** The card's save link, or empty when Google Wallet is not configured. */
	public Optional<String> link(Card card) {
		return certificates.google().map(credentials -> {
			String link = SAVE + jwt(card, credentials, true);
			// text in scripts of three or four bytes a character can make it long: then the pass says less
			return link.length() <= MAX_LINK ? link : SAVE + jwt(card, credentials, false);
		});
	}

	/** The signed JWT; {@code full} with the subheader, the card's link and the photo, else only what Google requires. */
	String jwt(Card card, GoogleCredentials credentials, boolean full) {
		var claims = new LinkedHashMap<String, Object>();
		claims.put("iss", credentials.clientEmail());
		claims.put("aud", "google");
		claims.put("typ", "savetowallet");
		claims.put("iat", clock.instant().getEpochSecond());
		claims.put("origins", List.of(urls.base()));
		String classId = credentials.issuerId() + ".cardinal-card";
		claims.put("payload", Map.of("genericClasses", List.of(Map.of("id", classId)), "genericObjects",
				List.of(passObject(card, credentials.issuerId(), classId, full))));
		String signed = part(Map.of("alg", "RS256", "typ", "JWT")) + "." + part(claims);
		return signed + "." + BASE64URL.encodeToString(rs256(signed, credentials));
	}

	private Map<String, Object> passObject(Card card, String issuerId, String classId, boolean full) {
		String cardUrl = urls.of("/" + card.getSlug());
		String name = text(card.displayName());
		var pass = new LinkedHashMap<String, Object>();
		pass.put("id", issuerId + ".card-" + card.getId());
		pass.put("classId", classId);
		pass.put("state", "ACTIVE");
		pass.put("cardTitle", localized(card.getOrganization() != null ? text(card.getOrganization()) : name));
		pass.put("header", localized(name));
		pass.put("hexBackgroundColor", PassColors.of(card.getDesign()).background());
		pass.put("barcode", Map.of("type", "QR_CODE", "value", cardUrl + "?src=qr"));
		if (!full) {
			return pass;
		}
		if (card.getJobTitle() != null) {
			pass.put("subheader", localized(text(card.getJobTitle())));
		}
		pass.put("linksModuleData", Map.of("uris", List.of(Map.of("uri", cardUrl, "description", name))));
		// Google fetches pictures itself, from https addresses only
		if (card.getPhotoKey() != null && cardUrl.startsWith("https://")) {
			pass.put("logo", Map.of("sourceUri", Map.of("uri", urls.of(media.url(card.getPhotoKey())))));
		}
		return pass;
	}

	private static Map<String, Object> localized(String value) {
		return Map.of("defaultValue", Map.of("language", "en", "value", value));
	}

	private static String part(Object json) {
		return BASE64URL.encodeToString(JsonMapper.shared().writeValueAsBytes(json));
	}

	private static byte[] rs256(String signed, GoogleCredentials credentials) {
		try {
			Signature rsa = Signature.getInstance("SHA256withRSA");
			rsa.initSign(credentials.key());
			rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
			return rsa.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The Google Wallet link could not be signed: " + e.getMessage(), e);
		}
	}

	static String text(String value) {
		String line = PassJson.text(value);
		return line.codePointCount(0, line.length()) <= MAX_TEXT ? line
				: line.substring(0, line.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
	}
}
