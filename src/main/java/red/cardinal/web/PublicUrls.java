package red.cardinal.web;

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
}
