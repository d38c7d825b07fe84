package red.cardinal.wallet;

import java.util.regex.Pattern;

/**
 * What a signature or a background shows of a card, each text already made single-line and free of
 * control and bidi-override characters (a name cannot break a line or turn the text after it around).
 * URLs are absolute; {@code photoUrl} and the phone or email may be null.
 */
record CardFace(String name, String jobTitle, String organization, String phone, String email, String cardUrl,
		String photoUrl, String qrUrl, String accent, String background, String text, String headFont,
		String bodyFont) {

	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]+");

	CardFace {
		name = clean(name);
		jobTitle = clean(jobTitle);
		organization = clean(organization);
		phone = phone == null ? null : phone.replaceAll("[^+0-9]", "");
		phone = phone == null || phone.isEmpty() ? null : phone;
		email = email == null || !email.matches("[^\\s<>\"'&?#%/\\\\]+@[^\\s<>\"'&?#%/\\\\]+") ? null : email;
	}

	/** The text on one line, trimmed; null stays null and blank becomes null. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String line = UNSAFE.matcher(text).replaceAll(" ").strip();
		return line.isEmpty() ? null : line;
	}

	/** Title and organisation joined with a middle dot, or whichever is there, or null. */
	String role() {
		if (jobTitle != null && organization != null) {
			return jobTitle + " · " + organization;
		}
		return jobTitle != null ? jobTitle : organization;
	}

	/** The card's address without its scheme, as people read it. */
	String shortUrl() {
		return cardUrl.replaceFirst("^https?://", "");
	}
}
