package red.cardinal.wallet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What signs Google Wallet links: the issuer's id and a service account's key, read from the JSON
 * key file Google Cloud gives ({@code client_email}, {@code private_key} as PKCS#8 PEM).
 */
record GoogleCredentials(String issuerId, String clientEmail, PrivateKey key) {

	private static final long MAX_FILE = 64 * 1024;

	private static final Pattern ISSUER = Pattern.compile("\\d{1,30}");

	static GoogleCredentials load(WalletProperties.Google properties) throws UnusableCredentials {
		String issuer = properties.issuerId() == null ? "" : properties.issuerId().strip();
		String path = properties.serviceAccountKey() == null ? "" : properties.serviceAccountKey().strip();
		if (issuer.isEmpty() || path.isEmpty()) {
			throw new UnusableCredentials("cardinal.wallet.google." + (issuer.isEmpty() ? "issuer-id" : "service-account-key")
					+ " not set");
		}
		if (!ISSUER.matcher(issuer).matches()) {
			throw new UnusableCredentials("cardinal.wallet.google.issuer-id is the issuer's number (digits only), not " + issuer);
		}
		JsonNode json;
		try {
			if (Files.size(Path.of(path)) > MAX_FILE) {
				throw new UnusableCredentials(path + " is larger than a service account key");
			}
			json = JsonMapper.shared().readTree(Files.readString(Path.of(path)));
		}
		catch (IOException | JacksonException e) {
			throw new UnusableCredentials("the service account key " + path + " cannot be read", e);
		}
		String email = json.path("client_email").asString("");
		String pem = json.path("private_key").asString("");
		if (email.isEmpty() || pem.isEmpty()) {
			throw new UnusableCredentials(path + " has no client_email and private_key: is it a service account's JSON key?");
		}
		return new GoogleCredentials(issuer, email, privateKey(pem, path));
	}

	private static PrivateKey privateKey(String pem, String path) throws UnusableCredentials {
		try {
			String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
			return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (IllegalArgumentException | GeneralSecurityException e) {
			throw new UnusableCredentials("the private_key of " + path + " is not an RSA key in PKCS#8 PEM", e);
		}
	}
}
