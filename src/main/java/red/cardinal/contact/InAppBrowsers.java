package red.cardinal.contact;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the browsers that social apps open links in. Many of them drop vCard downloads,
 * so the card page offers a way out: open in the real browser, or scan the contact's QR code.
 */
public final class InAppBrowsers {

	private static final Pattern INSTAGRAM = Pattern.compile("Instagram");
	private static final Pattern FACEBOOK = Pattern.compile("FBAN|FBAV|FB_IAB|FBIOS|Messenger");
	private static final Pattern LINKEDIN = Pattern.compile("LinkedInApp");
	private static final Pattern X = Pattern.compile("Twitter(?:Android)?|TwitterAndroid|\\bX/\\d");
	private static final Pattern TIKTOK = Pattern.compile("musical_ly|TikTok|BytedanceWebview|trill_");

	private InAppBrowsers() {
	}

	/** The app whose built-in browser sent this User-Agent, or empty for a real browser. */
	public static Optional<String> app(String userAgent) {
		if (userAgent == null || userAgent.length() > 1000) {
			return Optional.empty();
		}
		if (INSTAGRAM.matcher(userAgent).find()) {
			return Optional.of("Instagram");
		}
		if (FACEBOOK.matcher(userAgent).find()) {
			return Optional.of("Facebook");
		}
		if (LINKEDIN.matcher(userAgent).find()) {
			return Optional.of("LinkedIn");
		}
		if (TIKTOK.matcher(userAgent).find()) {
			return Optional.of("TikTok");
		}
		if (X.matcher(userAgent).find()) {
			return Optional.of("X");
		}
		return Optional.empty();
	}
}
