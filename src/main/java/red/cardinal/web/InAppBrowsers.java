package red.cardinal.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the browsers that social apps open links in. Many of them drop vCard downloads,
 * so the card page offers a way out: open in the real browser, or scan the contact's QR code.
 */
public final class InAppBrowsers {

	/** The X app's own token; the other apps are told by plain substrings (this runs on every card view). */
	private static final Pattern X = Pattern.compile("\\bX/\\d");

	private InAppBrowsers() {
	}

	/** The app whose built-in browser sent this User-Agent, or empty for a real browser. */
	public static Optional<String> app(String userAgent) {
		if (userAgent == null || userAgent.length() > 1000) {
			return Optional.empty();
		}
		if (userAgent.contains("Instagram")) {
			return Optional.of("Instagram");
		}
		if (containsAny(userAgent, "FBAN", "FBAV", "FB_IAB", "FBIOS", "Messenger")) {
			return Optional.of("Facebook");
		}
		if (userAgent.contains("LinkedInApp")) {
			return Optional.of("LinkedIn");
		}
		if (containsAny(userAgent, "musical_ly", "TikTok", "BytedanceWebview", "trill_")) {
			return Optional.of("TikTok");
		}
		if (userAgent.contains("Twitter") || userAgent.contains("X/") && X.matcher(userAgent).find()) {
			return Optional.of("X");
		}
		return Optional.empty();
	}

	private static boolean containsAny(String text, String... parts) {
		for (String part : parts) {
			if (text.contains(part)) {
				return true;
			}
		}
		return false;
	}
}
