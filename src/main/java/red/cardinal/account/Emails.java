package red.cardinal.account;

import java.util.Locale;

/** The one form an email address is stored, looked up and rate-limited in. */
final class Emails {

	private Emails() {
	}

	/**
	 * The address without the white space around it, in lower case: {@code " Ana@Example.com "} and
	 * {@code "ana@example.com"} are one address everywhere. Null is the empty string.
	 */
	static String normalised(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
