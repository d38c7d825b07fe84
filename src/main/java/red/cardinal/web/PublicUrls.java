package red.cardinal.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links to this instance, built from the configured {@code cardinal.base-url} and
 * never from a request's Host header (which an attacker controls).
 */
@Component
public class PublicUrls {

	private final String base;

	/** The base URL's parts, or null when it is not a URI (then every address is elsewhere). */
	private final URI parsed;

	PublicUrls(@Value("${cardinal.base-url}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		URI uri;
		try {
			uri = URI.create(this.base);
		}
		catch (IllegalArgumentException e) {
			uri = null;
		}
		this.parsed = uri;
	}

	/** The absolute URL of a path that starts with {@code /}. */
	public String of(String path) {
		return base + path;
	}

	public String base() {
		return base;
	}

	/**
	 * The address a request came to ({@code http://192.168.1.20:8080}), when it is not the base URL's:
	 * then links in QR codes and mails point somewhere else than where the owner uses Cardinal. Only to
	 * say so to the owner; the request's address is never used in a link.
	 */
	public Optional<String> elsewhere(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		int port = request.getServerPort();
		String origin = scheme + "://" + request.getServerName()
				+ (port == defaultPort(scheme) || port <= 0 ? "" : ":" + port);
		boolean same = parsed != null && scheme.equals(parsed.getScheme())
				&& request.getServerName().equalsIgnoreCase(parsed.getHost())
				&& (port <= 0 ? defaultPort(scheme) : port) == port();
		return same ? Optional.empty() : Optional.of(origin);
	}

	/** Whether the base URL names this machine only: links in it open nowhere else, not on a phone. */
	public boolean local() {
		if (parsed == null) {
			return false;
		}
		String host = parsed.getHost();
		return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
	}

	/** The base URL's port, or -1 when it has none and no scheme that gives one. */
	public int port() {
		return parsed == null ? -1 : parsed.getPort() < 0 ? defaultPort(parsed.getScheme()) : parsed.getPort();
	}

	private static int defaultPort(String scheme) {
		return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
	}
}
