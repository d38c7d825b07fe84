package red.cardinal.analytics;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * What we read from a request, and nothing more: whether it is a bot, whether the visitor asked
 * not to be tracked (DNT, GPC), the referring host, a coarse device and system, the language.
 */
final class Visitors {

	/** Words in the user agents of crawlers, link previews, monitors and scripts, in lower case. */
	private static final List<String> BOT = List.of("bot", "crawl", "spider", "slurp", "preview", "facebookexternalhit",
			"whatsapp", "telegram", "discord", "slack", "embedly", "curl", "wget", "python-requests", "httpclient",
			"okhttp", "go-http", "java/", "headless", "lighthouse", "pingdom", "uptime", "monitor");

	private Visitors() {
	}

	/** Whether a user agent (in lower case, see {@link #lower}) is a bot; none at all is one too. */
	static boolean bot(String ua) {
		if (ua == null || ua.isBlank()) {
			return true;
		}
		for (String word : BOT) {
			if (ua.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** The user agent in lower case, as the other checks take it (once per event, not once per check). */
	static String lower(String userAgent) {
		return userAgent == null ? null : userAgent.toLowerCase(Locale.ROOT);
	}

	static boolean doNotTrack(String dnt, String gpc) {
		return "1".equals(dnt) || "1".equals(gpc);
	}

	static String device(String u) {
		return u.contains("ipad") || u.contains("tablet") ? "tablet"
				: u.contains("mobi") || u.contains("iphone") || u.contains("android") ? "mobile" : "desktop";
	}

	static String os(String u) {
		if (u.contains("iphone") || u.contains("ipad") || u.contains("ios")) {
			return "iOS";
		}
		if (u.contains("android")) {
			return "Android";
		}
		if (u.contains("windows")) {
			return "Windows";
		}
		if (u.contains("mac os") || u.contains("macintosh")) {
			return "macOS";
		}
		if (u.contains("cros")) {
			return "ChromeOS";
		}
		return u.contains("linux") ? "Linux" : "other";
	}

	/** The referring host when it is another site; null for none, our own, or nonsense. */
	static String referrer(String referer, String ownHost) {
		if (referer == null) {
			return null;
		}
		try {
			String host = URI.create(referer).getHost();
			if (host == null || host.equalsIgnoreCase(ownHost)) {
				return null;
			}
			host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
			return host.length() > 100 ? host.substring(0, 100) : host;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** The first language of Accept-Language, as a short tag ({@code es}, {@code pt-br}). */
	static String language(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return null;
		}
		String first = acceptLanguage.split(",")[0].split(";")[0].strip().toLowerCase(Locale.ROOT);
		return first.matches("[a-z]{2,3}(-[a-z0-9]{2,8})?") ? first : null;
	}
}
