package red.cardinal.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Text typed by people, checked the same everywhere: trimmed, blank as null, a length limit, no
 * control characters (so CR/LF can never start a new header, vCard property or CSV row), and
 * email addresses of the usual shape. Problems are added to {@code violations} under {@code field}.
 */
public final class TextInput {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private TextInput() {
	}

	/** One line of text: no line breaks or other control characters. */
	public static String line(String field, String value, int max, List<Violation> violations) {
		String s = blankToNull(value);
		if (s != null && s.codePoints().anyMatch(Character::isISOControl)) {
			violations.add(Violation.of(field, "text.singleLine"));
		}
		return length(field, s, max, violations);
	}

	/** Text with line breaks (normalised to \n) but no other control characters. */
	public static String text(String field, String value, int max, List<Violation> violations) {
		String s = blankToNull(value);
		if (s == null) {
			return null;
		}
		s = s.replace("\r\n", "\n").replace('\r', '\n');
		if (s.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			violations.add(Violation.of(field, "text.control"));
		}
		return length(field, s, max, violations);
	}

	/** Whether this (trimmed) text is an email address we take: at most 254 characters, user@domain.tld. */
	public static boolean email(String address) {
		return address != null && address.length() <= 254 && EMAIL.matcher(address).matches();
	}

	private static String length(String field, String s, int max, List<Violation> violations) {
		if (s != null && s.length() > max) {
			violations.add(Violation.of(field, "text.tooLong", max));
		}
		return s;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
