package red.cardinal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The Content-Security-Policy of every page: no inline script anywhere; media and pages from this
 * instance only; videos play from their privacy-enhanced hosts once tapped; forms post here, and an
 * order's form is redirected on to WhatsApp ({@code wa.me}). A page that inlines
 * one generated style sheet (a card's design) allows exactly that sheet by its hash.
 */
public final class ContentSecurityPolicy {

	public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self' https://wa.me; frame-ancestors 'self'; frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com";

	public static final String HEADER = "Content-Security-Policy";

	private ContentSecurityPolicy() {
	}

	/** The policy with this one inline {@code <style>} content allowed (set it before the response is committed). */
	public static String allowingStyle(String css) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
			return POLICY.replace("style-src 'self';",
					"style-src 'self' 'sha256-" + Base64.getEncoder().encodeToString(hash) + "';");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
