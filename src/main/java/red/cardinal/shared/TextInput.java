package red.cardinal.shared;

import java.util.List;

/**
 * Text typed by people, checked the same everywhere: trimmed, blank as null, a length limit, no
 * control characters (so CR/LF can never start a new header, vCard property or CSV row), and
 * email addresses of the usual shape. Problems are added to {@code violations} under {@code field}.
 */
public final class TextInput {

	/**
	 * The signs an address may have besides letters and digits (of any script) in its local part:
	 * what real addresses use, and nothing a {@code mailto:} URI, a mail header, a calendar file,
	 * a vCard or a CSV file would read as syntax (no quotes, angle brackets, spaces, commas,
	 * semicolons, colons, backslashes, {@code %}, {@code #} or {@code ?}).
	 */
	private static final String LOCAL_SIGNS = ".+-_'!$&*=/~";

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

	/**
	 * Whether this (trimmed) text is an email address we take, one that can be used everywhere an
	 * address goes (mail headers, {@code mailto:} links, calendar invites, vCards): at most 254
	 * characters, {@code local@domain.tld}. The local part (at most 64) is letters, digits and marks of
	 * any script and {@code . + - _ ' ! $ & * = / ~}, with no dot first, last or twice in a row; the
	 * domain is two or more labels of letters, digits and marks of any script (IDN) and inner hyphens,
	 * each at most 63, the last not all digits. Quoted local parts and address literals are refused.
	 * One pass over the characters: the time is linear in the length.
	 */
	public static boolean email(String address) {
		if (address == null || address.length() > 254) {
			return false;
		}
		int at = address.indexOf('@');
		if (at < 1 || at > 64 || at != address.lastIndexOf('@')) {
			return false;
		}
		return localPart(address, 0, at) && domain(address, at + 1, address.length());
	}

	private static boolean localPart(String s, int from, int to) {
		int previous = '.';
		for (int i = from; i < to; i = s.offsetByCodePoints(i, 1)) {
			int c = s.codePointAt(i);
			if (c == '.' ? previous == '.' : !(wordChar(c) || LOCAL_SIGNS.indexOf(c) >= 0)) {
				return false;
			}
			previous = c;
		}
		return previous != '.';
	}

	private static boolean domain(String s, int from, int to) {
		int labels = 0;
		int start = from;
		while (true) {
			int end = s.indexOf('.', start);
			end = end < 0 ? to : end;
			if (!label(s, start, end)) {
				return false;
			}
			labels++;
			if (end == to) {
				// the top-level domain is never all digits: 10.0.0.1 is no domain
				return labels >= 2 && !s.substring(start, end).chars().allMatch(c -> c >= '0' && c <= '9');
			}
			start = end + 1;
		}
	}

	/** 1 to 63 letters, digits, marks or hyphens, no hyphen first or last. */
	private static boolean label(String s, int from, int to) {
		if (to == from || to - from > 63 || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
			return false;
		}
		for (int i = from; i < to; i = s.offsetByCodePoints(i, 1)) {
			int c = s.codePointAt(i);
			if (c != '-' && !wordChar(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean wordChar(int c) {
		if (c < 128) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		return switch (Character.getType(c)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
					Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER -> true;
			default -> false;
		};
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
