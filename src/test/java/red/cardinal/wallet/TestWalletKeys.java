package red.cardinal.wallet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Throw-away wallet credentials for tests, made here with BouncyCastle: a root CA, a "WWDR"
 * intermediate it signs, and a Pass Type ID certificate the intermediate signs (as PKCS#12 with a
 * password, the intermediate as PEM); and a Google service account's RSA key as its JSON key file.
 */
public final class TestWalletKeys {

	public static final String PASS_TYPE_ID = "pass.red.cardinal.test";

	public static final String TEAM_ID = "TEAM123456";

	public static final String PASSWORD = "s3cret pass";

	public static final String ISSUER_ID = "3388000000012345678";

	public static final String CLIENT_EMAIL = "wallet@cardinal-test.iam.gserviceaccount.com";

	private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

	/** Apple's side: the chain, the pass key, and the files as an operator configures them. */
	public record Apple(X509Certificate root, X509Certificate wwdr, X509Certificate pass, PrivateKey key, Path p12,
			Path wwdrPem) {

		public Map<String, String> properties() {
			return Map.of("cardinal.wallet.apple.pass-type-id", PASS_TYPE_ID, "cardinal.wallet.apple.team-id", TEAM_ID,
					"cardinal.wallet.apple.certificate", p12.toString(), "cardinal.wallet.apple.certificate-password",
					PASSWORD, "cardinal.wallet.apple.wwdr-certificate", wwdrPem.toString());
		}
	}

	/** Google's side: the key pair and the JSON key file. */
	public record Google(KeyPair keys, Path json) {

		public Map<String, String> properties() {
			return Map.of("cardinal.wallet.google.issuer-id", ISSUER_ID, "cardinal.wallet.google.service-account-key",
					json.toString());
		}
	}

	private TestWalletKeys() {
	}

	/** A chain whose pass certificate is valid for {@code passValidFor} from now. */
	public static Apple apple(Path dir, Duration passValidFor) {
		try {
			KeyPair rootKeys = rsa();
			X509Certificate root = certificate("CN=Test Root CA, O=Cardinal tests", rootKeys, rootKeys.getPrivate(),
					"CN=Test Root CA, O=Cardinal tests", true, Duration.ofDays(3650));
			KeyPair wwdrKeys = rsa();
			X509Certificate wwdr = certificate("CN=Test WWDR G4, OU=G4, O=Cardinal tests, C=US", wwdrKeys,
					rootKeys.getPrivate(), "CN=Test Root CA, O=Cardinal tests", true, Duration.ofDays(1825));
			KeyPair passKeys = rsa();
			X509Certificate pass = certificate("UID=" + PASS_TYPE_ID + ", CN=Pass Type ID: " + PASS_TYPE_ID + ", OU="
					+ TEAM_ID + ", O=Cardinal tests, C=US", passKeys, wwdrKeys.getPrivate(),
					"CN=Test WWDR G4, OU=G4, O=Cardinal tests, C=US", false, passValidFor);
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("pass", passKeys.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] { pass, wwdr });
			Path p12 = dir.resolve("pass.p12");
			try (OutputStream out = Files.newOutputStream(p12)) {
				store.store(out, PASSWORD.toCharArray());
			}
			Path pem = dir.resolve("wwdr.pem");
			Files.writeString(pem, pem(wwdr));
			return new Apple(root, wwdr, pass, passKeys.getPrivate(), p12, pem);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static Google google(Path dir) {
		try {
			KeyPair keys = rsa();
			String pem = "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
					+ "\n-----END PRIVATE KEY-----\n";
			Path json = dir.resolve("service-account.json");
			Files.writeString(json, JsonMapper.shared().writeValueAsString(Map.of("type", "service_account",
					"project_id", "cardinal-test", "private_key_id", "abc123", "private_key", pem, "client_email",
					CLIENT_EMAIL, "client_id", "1234567890")));
			return new Google(keys, json);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	static String pem(X509Certificate certificate) throws IOException {
		var text = new StringWriter();
		try (var writer = new JcaPEMWriter(text)) {
			writer.writeObject(certificate);
		}
		return text.toString();
	}

	private static KeyPair rsa() throws GeneralSecurityException {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	private static X509Certificate certificate(String subject, KeyPair keys, PrivateKey issuerKey, String issuer,
			boolean ca, Duration validFor) throws Exception {
		Instant now = Instant.now();
		var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(SERIAL.incrementAndGet()),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(validFor)), new X500Name(subject),
				keys.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
		var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey);
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
	}
}
