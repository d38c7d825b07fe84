package red.cardinal.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing by the Standard Webhooks specification: a secret is {@code whsec_} and the base64 of
 * random bytes; a signature is {@code v1,} and the base64 of the HMAC-SHA256, keyed with the
 * secret's decoded bytes, of {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class WebhookSignatures {

	static final String PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSignatures() {
	}

	/** A new secret of 32 random bytes (the specification asks for 24 to 64). */
	static String newSecret() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/** A new webhook-id: {@code msg_} and 24 URL-safe characters from 18 random bytes. */
	static String newMessageId() {
		byte[] id = new byte[18];
		RANDOM.nextBytes(id);
		return "msg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(id);
	}

	/** The {@code webhook-signature} header's value for this message. */
	static String sign(String secret, String messageId, long timestamp, String body) {
		String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
			byte[] digest = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
		}
	}
}
