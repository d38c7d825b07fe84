package red.cardinal.booking.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates and local times typed into links and forms, in their plain ISO shape with a four-digit year:
 * {@code LocalDate.parse} also takes {@code +999999999-12-31}, where the next day's arithmetic throws.
 */
final class Days {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern LOCAL_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?");

	private Days() {
	}

	/** The date, or null when the text is no {@code YYYY-MM-DD} date. */
	static LocalDate date(String text) {
		if (text == null || text.length() != 10 || !DATE.matcher(text).matches()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The local date-time, or null when the text is no {@code YYYY-MM-DDTHH:MM[:SS]}. */
	static LocalDateTime localTime(String text) {
		if (text == null || text.length() > 19 || !LOCAL_TIME.matcher(text).matches()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
