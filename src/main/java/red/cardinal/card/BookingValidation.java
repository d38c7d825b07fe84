package red.cardinal.card;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import red.cardinal.shared.Violation;

/**
 * Checks {@link BookingSettings}: a real IANA zone, times of day on a five-minute grid (so the
 * database can claim time in five-minute blocks), ranges that end after they start, sane numbers.
 */
final class BookingValidation {

	static final int GRID = 5;

	private BookingValidation() {
	}

	static BookingSettings check(BookingSettings b, List<Violation> violations) {
		String zone = b.timeZone() == null || b.timeZone().isBlank() ? null : b.timeZone().strip();
		if (zone != null) {
			try {
				zone = ZoneId.of(zone).getId();
			}
			catch (DateTimeException e) {
				violations.add(Violation.of("booking.timeZone", "booking.timeZone.invalid"));
			}
		}
		if (b.enabled() && zone == null) {
			violations.add(Violation.of("booking.timeZone", "booking.timeZone.required"));
		}
		range("booking.bufferBeforeMinutes", b.bufferBeforeMinutes(), 0, 240, true, violations);
		range("booking.bufferAfterMinutes", b.bufferAfterMinutes(), 0, 240, true, violations);
		range("booking.minNoticeMinutes", b.minNoticeMinutes(), 0, 60 * 24 * 30, false, violations);
		range("booking.horizonDays", b.horizonDays(), 1, 365, false, violations);
		range("booking.maxPerDay", b.maxPerDay(), 0, 100, false, violations);
		var weekly = new ArrayList<BookingSettings.Weekly>();
		for (int i = 0; i < b.weekly().size(); i++) {
			var w = b.weekly().get(i);
			String at = "booking.weekly[" + i + "]";
			String day = w == null || w.day() == null ? null : w.day().strip().toUpperCase(Locale.ROOT);
			try {
				DayOfWeek.valueOf(day);
			}
			catch (IllegalArgumentException | NullPointerException e) {
				violations.add(Violation.of(at + ".day", "booking.day.invalid"));
				continue;
			}
			var times = times(at, w.from(), w.to(), violations);
			if (times != null) {
				weekly.add(new BookingSettings.Weekly(day, times[0].toString(), times[1].toString()));
			}
		}
		var overrides = new ArrayList<BookingSettings.Override>();
		for (int i = 0; i < b.overrides().size(); i++) {
			var o = b.overrides().get(i);
			String at = "booking.overrides[" + i + "]";
			LocalDate date;
			try {
				date = LocalDate.parse(o.date().strip());
			}
			catch (DateTimeParseException | NullPointerException e) {
				violations.add(Violation.of(at + ".date", "booking.date.invalid"));
				continue;
			}
			if (o.closed()) {
				overrides.add(new BookingSettings.Override(date.toString(), true, null, null));
				continue;
			}
			var times = times(at, o.from(), o.to(), violations);
			if (times != null) {
				overrides.add(new BookingSettings.Override(date.toString(), false, times[0].toString(), times[1].toString()));
			}
		}
		var types = new ArrayList<BookingSettings.Type>();
		var keys = new HashSet<String>();
		for (int i = 0; i < b.types().size(); i++) {
			var t = b.types().get(i);
			String at = "booking.types[" + i + "]";
			String key = t.key() == null ? "" : t.key().strip().toLowerCase(Locale.ROOT);
			if (!key.matches("[a-z0-9](?:[a-z0-9-]{0,28}[a-z0-9])?") || !keys.add(key)) {
				violations.add(Violation.of(at + ".key", "booking.type.key"));
			}
			String name = t.name() == null ? "" : t.name().strip();
			if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
				violations.add(Violation.of(at + ".name", "booking.type.name"));
			}
			range(at + ".minutes", t.minutes(), GRID, 480, true, violations);
			String location = t.location() == null || t.location().isBlank() ? null : t.location().strip();
			if (location != null && (location.length() > 300 || location.chars().anyMatch(Character::isISOControl))) {
				violations.add(Violation.of(at + ".location", "booking.type.location"));
			}
			var questions = new ArrayList<String>();
			for (int q = 0; q < t.questions().size(); q++) {
				String question = t.questions().get(q) == null ? "" : t.questions().get(q).strip();
				if (question.isEmpty() || question.length() > 200 || question.chars().anyMatch(Character::isISOControl)) {
					violations.add(Violation.of(at + ".questions[" + q + "]", "booking.type.question"));
				}
				questions.add(question);
			}
			if (questions.size() > 5) {
				violations.add(Violation.of(at + ".questions", "booking.type.questions", 5));
			}
			types.add(new BookingSettings.Type(key, name, t.minutes(), location, questions));
		}
		if (b.enabled() && types.isEmpty()) {
			violations.add(Violation.of("booking.types", "booking.types.required"));
		}
		return new BookingSettings(b.enabled(), zone, b.requireApproval(), b.bufferBeforeMinutes(),
				b.bufferAfterMinutes(), b.minNoticeMinutes(), b.horizonDays(), b.maxPerDay(), weekly, overrides, types);
	}

	private static LocalTime[] times(String at, String from, String to, List<Violation> violations) {
		LocalTime start = time(at + ".from", from, violations);
		LocalTime end = time(at + ".to", to, violations);
		if (start == null || end == null) {
			return null;
		}
		if (!end.isAfter(start)) {
			violations.add(Violation.of(at + ".to", "booking.time.order"));
			return null;
		}
		return new LocalTime[] { start, end };
	}

	private static LocalTime time(String field, String value, List<Violation> violations) {
		try {
			LocalTime t = LocalTime.parse(value.strip());
			if (t.getSecond() != 0 || t.getMinute() % GRID != 0) {
				violations.add(Violation.of(field, "booking.time.grid", GRID));
				return null;
			}
			return t;
		}
		catch (DateTimeParseException | NullPointerException e) {
			violations.add(Violation.of(field, "booking.time.invalid"));
			return null;
		}
	}

	private static void range(String field, int value, int min, int max, boolean grid, List<Violation> violations) {
		if (value < min || value > max || grid && value % GRID != 0) {
			violations.add(Violation.of(field, "booking.number.range", min, max, grid ? GRID : 1));
		}
	}
}
