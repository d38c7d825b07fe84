package red.cardinal.wallet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's wallet credentials ({@code cardinal.wallet.*}); each wallet is off until all of its
 * properties are set. Paths are kept as text: a wrong one is reported by {@link WalletCertificates},
 * never a reason for the application not to start.
 */
@ConfigurationProperties("cardinal.wallet")
public record WalletProperties(Apple apple, Google google) {

	public WalletProperties {
		apple = apple == null ? new Apple(null, null, null, null, null) : apple;
		google = google == null ? new Google(null, null) : google;
	}

	/**
	 * The Pass Type ID ({@code pass.com.example.card}), the team's id, the pass certificate with its
	 * private key as PKCS#12 and its password, and Apple's WWDR intermediate certificate (PEM).
	 */
	public record Apple(String passTypeId, String teamId, String certificate, String certificatePassword,
			String wwdrCertificate) {

		boolean anySet() {
			return passTypeId != null || teamId != null || certificate != null || wwdrCertificate != null;
		}
	}

	/** The Google Wallet issuer's id and the path of a service account's JSON key. */
	public record Google(String issuerId, String serviceAccountKey) {

		boolean anySet() {
			return issuerId != null || serviceAccountKey != null;
		}
	}
}
