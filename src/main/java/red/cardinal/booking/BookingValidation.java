package red.cardinal.booking;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import red.cardinal.shared.Violation;

/**
 * Checks {@link BookingSettings}: a real IANA zone, times of day on a five-minute grid (so the
 * database can claim time in five-minute blocks), ranges that end after they start and do not
 * overlap, one override a date, sane numbers. The counts are capped, so what one slot query computes
 * is bounded: with ranges that never overlap, a day holds at most 24 h / 5 min = 288 slots.
 */
final class BookingValidation {

	static final int GRID = 5;

	/** Open ranges on one weekday; a split day needs two or three. */
	static final int MAX_RANGES_PER_DAY = 12;

	/** Dates that differ; the horizon is at most a year. */
	static final int MAX_OVERRIDES = 200;

	/** Appointment types. */
	static final int MAX_TYPES = 20;

	/** The stored settings' length in characters: the {@code cards.booking} column. */
	static final int MAX_STORED = 20_000;

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
		if (b.weekly().size() > 7 * MAX_RANGES_PER_DAY || b.overrides().size() > MAX_OVERRIDES
				|| b.types().size() > MAX_TYPES) {
			// refused before reading each item: a list of thousands would give thousands of errors
			tooMany("booking.weekly", b.weekly().size(), 7 * MAX_RANGES_PER_DAY, violations);
			tooMany("booking.overrides", b.overrides().size(), MAX_OVERRIDES, violations);
			tooMany("booking.types", b.types().size(), MAX_TYPES, violations);
			return b;
		}
		var weekly = new ArrayList<BookingSettings.Weekly>();
		var weeklyAt = new ArrayList<Integer>();
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
				weeklyAt.add(i);
			}
		}
		weeklyOverlaps(weekly, weeklyAt, violations);
		var overrides = new ArrayList<BookingSettings.Override>();
		var dates = new HashSet<LocalDate>();
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
			if (!dates.add(date)) {
				violations.add(Violation.of(at + ".date", "booking.date.duplicate", date.toString()));
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
		var checked = new BookingSettings(b.enabled(), zone, b.requireApproval(), b.bufferBeforeMinutes(),
				b.bufferAfterMinutes(), b.minNoticeMinutes(), b.horizonDays(), b.maxPerDay(), weekly, overrides, types);
		if (checked.encode().length() > MAX_STORED) {
			violations.add(Violation.of("booking", "booking.tooLong", MAX_STORED));
		}
		return checked;
	}

	/**
	 * Refuses a range that overlaps (or repeats) an earlier one of its weekday, naming the later one,
	 * and a weekday with more than {@link #MAX_RANGES_PER_DAY}: ranges that merely touch are fine.
	 */
	private static void weeklyOverlaps(List<BookingSettings.Weekly> weekly, List<Integer> at,
			List<Violation> violations) {
		var order = new ArrayList<Integer>();
		for (int i = 0; i < weekly.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> weekly.get(i).day())
			.thenComparing(i -> LocalTime.parse(weekly.get(i).from()))
			.thenComparing(i -> at.get(i)));
		var perDay = new HashMap<String, Integer>();
		BookingSettings.Weekly reaching = null; // of the ranges so far that day, the one ending last
		for (int i : order) {
			var w = weekly.get(i);
			if (perDay.merge(w.day(), 1, Integer::sum) == MAX_RANGES_PER_DAY + 1) {
				violations.add(Violation.of("booking.weekly", "booking.weekly.tooMany", w.day(), MAX_RANGES_PER_DAY));
			}
			if (reaching == null || !reaching.day().equals(w.day())) {
				reaching = w;
				continue;
			}
			if (LocalTime.parse(w.from()).isBefore(LocalTime.parse(reaching.to()))) {
				violations.add(Violation.of("booking.weekly[" + at.get(i) + "].from", "booking.time.overlap", w.day(),
						w.from() + "-" + w.to(), reaching.from() + "-" + reaching.to()));
			}
			if (LocalTime.parse(w.to()).isAfter(LocalTime.parse(reaching.to()))) {
				reaching = w;
			}
		}
	}

	private static void tooMany(String field, int count, int max, List<Violation> violations) {
		if (count > max) {
			violations.add(Violation.of(field, "booking.list.tooMany", max));
		}
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
