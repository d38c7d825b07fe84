package red.cardinal.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may read {@code /actuator/prometheus}. With {@code cardinal.metrics.token} set: whoever sends
 * {@code Authorization: Bearer <token>}, on any port. Without one: only a request on the separate
 * management port ({@code management.server.port}), which is told apart by its own servlet
 * context; on the public port the endpoint then does not exist (404).
 */
final class ScrapeAccess {

	static final int MIN_TOKEN_LENGTH = 16;

	private static final String BEARER = "Bearer ";

	private final byte[] tokenHash;
	private final ServletContext publicContext;

	ScrapeAccess(String token, ServletContext publicContext) {
		if (token != null && !token.isBlank() && token.strip().length() < MIN_TOKEN_LENGTH) {
			throw new IllegalStateException("cardinal.metrics.token must be at least " + MIN_TOKEN_LENGTH
					+ " characters (e.g. the output of: openssl rand -hex 32)");
		}
		this.tokenHash = token == null || token.isBlank() ? null : sha256(token.strip());
		this.publicContext = publicContext;
	}

	boolean tokenRequired() {
		return tokenHash != null;
	}

	boolean allowed(HttpServletRequest request) {
		if (tokenHash == null) {
			return request.getServletContext() != publicContext;
		}
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		// hashes of one length compared in constant time: neither the token's bytes nor its length leak through timing
		return MessageDigest.isEqual(tokenHash, sha256(header.substring(BEARER.length()).strip()));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
