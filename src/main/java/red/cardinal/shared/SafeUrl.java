package red.cardinal.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL that is safe to put in an {@code href}: only {@code http}, {@code https}, {@code mailto}
 * and {@code tel}, no whitespace or control characters, and a dotted host for web URLs. A bare
 * {@code example.com/x} is taken as {@code https://example.com/x}.
 */
public record SafeUrl(String value) {

	private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

	/** A scheme, unless what follows the colon is a port ({@code example.com:8080}). */
	private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(?!\\d+(?:[/?#]|$))");

	/** The URL, normalised; otherwise an {@link IllegalArgumentException} whose message is a message key. */
	public static SafeUrl parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("url.required");
		}
		String s = text.strip();
		if (s.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
				|| Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c))) {
			throw new IllegalArgumentException("url.whitespace");
		}
		Matcher m = SCHEME.matcher(s);
		String scheme;
		if (m.find()) {
			scheme = m.group(1).toLowerCase(Locale.ROOT);
			if (!SCHEMES.contains(scheme)) {
				throw new IllegalArgumentException("url.scheme");
			}
			s = scheme + s.substring(m.end(1));
		}
		else if (s.startsWith("/") || s.startsWith("\\")) {
			throw new IllegalArgumentException("url.scheme");
		}
		else {
			scheme = "https";
			s = "https://" + s;
		}
		check(scheme, s);
		return new SafeUrl(s);
	}

	private static void check(String scheme, String s) {
		URI uri;
		try {
			uri = new URI(s);
		}
		catch (URISyntaxException e) {
			throw new IllegalArgumentException("url.invalid");
		}
		boolean ok = switch (scheme) {
			case "http", "https" -> uri.getHost() != null && uri.getHost().contains(".") && uri.getUserInfo() == null;
			case "mailto" -> uri.getSchemeSpecificPart() != null && uri.getSchemeSpecificPart().contains("@");
			default -> uri.getSchemeSpecificPart() != null && uri.getSchemeSpecificPart().matches("\\+?[0-9().\\-]{3,30}");
		};
		if (!ok) {
			throw new IllegalArgumentException(scheme.startsWith("http") ? "url.host" : "url.invalid");
		}
	}

	public URI uri() {
		return URI.create(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
