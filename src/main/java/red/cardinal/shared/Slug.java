package red.cardinal.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * A card's address: 3–40 of a–z, 0–9 and inner hyphens, never one of the app's own first path
 * segments. Parsing lower-cases and trims, so {@code " Ada-Lovelace "} is {@code ada-lovelace}.
 */
public record Slug(String value) {

	private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]");

	/** First path segments the app uses itself, now or soon; a card may never take them. */
	public static final Set<String> RESERVED = Set.of("about", "account", "accounts", "actuator", "admin",
			"api", "app", "assets", "auth", "billing", "blog", "book", "card", "cards", "dashboard",
			"docs", "error", "favicon", "go", "health", "help", "home", "login", "logout", "media", "new", "null",
			"order", "password", "privacy", "qr", "register", "robots", "settings", "signin", "signout", "signup",
			"sitemap", "static", "status", "support", "swagger-ui", "terms", "undefined", "v1", "v2", "v3",
			"verify", "webjars", "www");

	public Slug {
		if (!SHAPE.matcher(value).matches() || value.contains("--")) {
			throw new IllegalArgumentException("Not a slug: " + value);
		}
	}

	/** The reason a text is not an acceptable slug, as a message key, or null when it is one. */
	public static String problem(String text) {
		if (text == null || text.isBlank()) {
			return "slug.required";
		}
		String s = normalize(text);
		if (s.length() < 3 || s.length() > 40) {
			return "slug.length";
		}
		if (!SHAPE.matcher(s).matches() || s.contains("--")) {
			return "slug.shape";
		}
		if (RESERVED.contains(s)) {
			return "slug.reserved";
		}
		return null;
	}

	/**
	 * Text as slug words: any script written in Latin letters (ICU's transliteration: "김민준" →
	 * "gimminjun", "Алексей" → "aleksej"), accents dropped, lower case, runs of anything else as one
	 * hyphen ("Café Olé!" → "cafe-ole"). Only the first 200 characters are read.
	 */
	public static String slugify(String text) {
		String latin = Latin.of(text.length() > 200 ? text.substring(0, 200) : text);
		return java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
	}

	/** ICU's transliterator, made on first use: it takes a second to load its rules, which start-up need not wait for. */
	private static final class Latin {

		private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

		static String of(String text) {
			synchronized (TO_LATIN) {
				return TO_LATIN.transliterate(text);
			}
		}
	}

	public static String normalize(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return value;
	}
}
