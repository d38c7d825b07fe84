package red.cardinal.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import red.cardinal.booking.BookingSettings.Override;
import red.cardinal.booking.BookingSettings.Type;
import red.cardinal.booking.BookingSettings.Weekly;
import red.cardinal.shared.Violation;

class BookingValidationTest {

	static final List<Type> CALL = List.of(new Type("call", "Call", 5, null));

	static List<Violation> violations(List<Weekly> weekly, List<Override> overrides, List<Type> types) {
		var violations = new ArrayList<Violation>();
		BookingValidation.check(new BookingSettings(true, "Europe/Madrid", false, 0, 0, 0, 60, 0, weekly, overrides, types),
				violations);
		return violations;
	}

	@Test
	void refusesARangeThatRepeatsOrOverlapsAnotherOfItsDayNamingIt() {
		var weekly = List.of(new Weekly("MONDAY", "09:00", "17:00"), new Weekly("TUESDAY", "09:00", "12:00"),
				new Weekly("monday", "09:00", "17:00"), new Weekly("MONDAY", "13:00", "14:00"),
				new Weekly("TUESDAY", "12:00", "13:00"));
		assertThat(violations(weekly, List.of(), CALL)).containsExactly(
				Violation.of("booking.weekly[2].from", "booking.time.overlap", "MONDAY", "09:00-17:00", "09:00-17:00"),
				Violation.of("booking.weekly[3].from", "booking.time.overlap", "MONDAY", "13:00-14:00", "09:00-17:00"));
	}

	@Test
	void refusesTheSameDateTwiceAmongTheOverrides() {
		var overrides = List.of(new Override("2026-12-24", true, null, null), new Override("2026-12-24", false, "10:00", "12:00"));
		assertThat(violations(List.of(), overrides, CALL))
			.containsExactly(Violation.of("booking.overrides[1].date", "booking.date.duplicate", "2026-12-24"));
	}

	@Test
	void capsRangesPerDay() {
		var weekly = new ArrayList<Weekly>();
		for (int h = 0; h <= BookingValidation.MAX_RANGES_PER_DAY; h++) {
			weekly.add(new Weekly("FRIDAY", String.format("%02d:00", h), String.format("%02d:30", h)));
		}
		assertThat(violations(weekly, List.of(), CALL))
			.containsExactly(Violation.of("booking.weekly", "booking.weekly.tooMany", "FRIDAY", BookingValidation.MAX_RANGES_PER_DAY));
		assertThat(violations(weekly.subList(0, BookingValidation.MAX_RANGES_PER_DAY), List.of(), CALL)).isEmpty();
	}

	@Test
	void refusesHugeListsBeforeReadingTheirItems() {
		var weekly = Collections.nCopies(7 * 50, new Weekly("MONDAY", "09:00", "17:00"));
		var overrides = Collections.nCopies(100_000, new Override("2026-12-24", true, null, null));
		var types = Collections.nCopies(BookingValidation.MAX_TYPES + 1, CALL.get(0));
		assertThat(violations(weekly, overrides, types)).containsExactly(
				Violation.of("booking.weekly", "booking.list.tooMany", 7 * BookingValidation.MAX_RANGES_PER_DAY),
				Violation.of("booking.overrides", "booking.list.tooMany", BookingValidation.MAX_OVERRIDES),
				Violation.of("booking.types", "booking.list.tooMany", BookingValidation.MAX_TYPES));
	}

	@Test
	void refusesSettingsLongerThanTheirColumn() {
		var types = new ArrayList<Type>();
		for (int i = 0; i < BookingValidation.MAX_TYPES; i++) {
			types.add(new Type("t" + i, "n".repeat(100), 30, "l".repeat(300), Collections.nCopies(5, "q".repeat(200))));
		}
		assertThat(violations(List.of(), List.of(), types))
			.containsExactly(Violation.of("booking", "booking.tooLong", BookingValidation.MAX_STORED));
	}

	@Test
	void boundsTheSlotsOfADayByTheFiveMinuteGrid() {
		// the most a valid week can open: whole days, in touching ranges; a 5-minute type fills each with 288 slots
		var weekly = new ArrayList<Weekly>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			weekly.add(new Weekly(day, "00:00", "12:00"));
			weekly.add(new Weekly(day, "12:00", "23:55"));
		}
		assertThat(violations(weekly, List.of(), CALL)).isEmpty();
		assertThat(violations(Collections.nCopies(2, new Weekly("MONDAY", "00:00", "23:55")), List.of(), CALL))
			.extracting(Violation::code).containsExactly("booking.time.overlap");
	}
}
