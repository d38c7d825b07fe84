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

	PublicUrls(@Value("${cardinal.base-url}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
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
		try {
			URI b = URI.create(base);
			boolean same = scheme.equals(b.getScheme()) && request.getServerName().equalsIgnoreCase(b.getHost())
					&& (port <= 0 ? defaultPort(scheme) : port) == (b.getPort() < 0 ? defaultPort(b.getScheme()) : b.getPort());
			return same ? Optional.empty() : Optional.of(origin);
		}
		catch (IllegalArgumentException e) {
			return Optional.of(origin);
		}
	}

	/** Whether the base URL names this machine only: links in it open nowhere else, not on a phone. */
	public boolean local() {
		try {
			String host = URI.create(base).getHost();
			return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** The base URL's port, or -1 when it has none and no scheme that gives one. */
	public int port() {
		try {
			URI b = URI.create(base);
			return b.getPort() < 0 ? defaultPort(b.getScheme()) : b.getPort();
		}
		catch (IllegalArgumentException e) {
			return -1;
		}
	}

	private static int defaultPort(String scheme) {
		return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
	}
}
