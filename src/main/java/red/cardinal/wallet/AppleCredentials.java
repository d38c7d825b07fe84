package red.cardinal.wallet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * What signs Apple passes: the Pass Type ID certificate and its key, and the WWDR certificate that
 * issued it. {@link #load} checks what iOS would refuse a pass for (a certificate for another pass
 * type or team, or not issued by that WWDR certificate) and says what is wrong in words.
 */
record AppleCredentials(String passTypeId, String teamId, PrivateKey key, X509Certificate certificate,
		X509Certificate wwdr) {

	/** Larger files are no certificates. */
	private static final long MAX_FILE = 256 * 1024;

	static AppleCredentials load(WalletProperties.Apple properties) throws UnusableCredentials {
		List<String> missing = new ArrayList<>();
		String passTypeId = required(properties.passTypeId(), "pass-type-id", missing);
		String teamId = required(properties.teamId(), "team-id", missing);
		String p12 = required(properties.certificate(), "certificate", missing);
		String pem = required(properties.wwdrCertificate(), "wwdr-certificate", missing);
		if (!missing.isEmpty()) {
			throw new UnusableCredentials("cardinal.wallet.apple." + String.join(", .", missing) + " not set");
		}
		char[] password = properties.certificatePassword() == null ? new char[0]
				: properties.certificatePassword().toCharArray();
		KeyStore store = keyStore(p12, password);
		X509Certificate wwdr = wwdr(pem);
		try {
			for (String alias : Collections.list(store.aliases())) {
				if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
					var credentials = new AppleCredentials(passTypeId, teamId, (PrivateKey) store.getKey(alias, password),
							certificate, wwdr);
					credentials.check();
					return credentials;
				}
			}
		}
		catch (GeneralSecurityException e) {
			throw new UnusableCredentials("the private key in " + p12 + " cannot be read", e);
		}
		throw new UnusableCredentials(p12 + " holds no private key with its certificate");
	}

	private static String required(String value, String name, List<String> missing) {
		if (value == null || value.isBlank()) {
			missing.add(name);
			return null;
		}
		return value.strip();
	}

	private static KeyStore keyStore(String path, char[] password) throws UnusableCredentials {
		try (InputStream in = open(path)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			return store;
		}
		catch (IOException | GeneralSecurityException e) {
			throw new UnusableCredentials("the PKCS#12 file " + path + " cannot be read (is cardinal.wallet.apple.certificate-password right?)", e);
		}
	}

	private static X509Certificate wwdr(String path) throws UnusableCredentials {
		try (InputStream in = open(path)) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
		catch (IOException | GeneralSecurityException e) {
			throw new UnusableCredentials("the WWDR certificate " + path + " cannot be read", e);
		}
	}

	private static InputStream open(String path) throws IOException {
		Path file = Path.of(path);
		if (Files.size(file) > MAX_FILE) {
			throw new IOException("larger than " + MAX_FILE / 1024 + " KB");
		}
		return Files.newInputStream(file);
	}

	/** What iOS would refuse a pass signed with these for. */
	private void check() throws UnusableCredentials {
		if (!certificate.getIssuerX500Principal().equals(wwdr.getSubjectX500Principal())) {
			throw new UnusableCredentials("the pass certificate was issued by " + certificate.getIssuerX500Principal().getName()
					+ ", not by the WWDR certificate given (" + wwdr.getSubjectX500Principal().getName()
					+ "): download the WWDR G4 certificate from Apple");
		}
		try {
			certificate.verify(wwdr.getPublicKey());
		}
		catch (GeneralSecurityException e) {
			throw new UnusableCredentials("the pass certificate's signature does not verify with the WWDR certificate", e);
		}
		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		String uid = first(subject, BCStyle.UID);
		if (uid != null && !uid.equals(passTypeId)) {
			throw new UnusableCredentials("the certificate is for the pass type " + uid + ", not " + passTypeId);
		}
		String team = first(subject, BCStyle.OU);
		if (team != null && !team.equals(teamId)) {
			throw new UnusableCredentials("the certificate is of the team " + team + ", not " + teamId);
		}
	}

	private static String first(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
		RDN[] rdns = name.getRDNs(type);
		return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
	}
}
