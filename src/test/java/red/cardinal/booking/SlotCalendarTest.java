package red.cardinal.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import red.cardinal.booking.BookingSettings;
import red.cardinal.booking.BookingSettings.Override;
import red.cardinal.booking.BookingSettings.Type;
import red.cardinal.booking.BookingSettings.Weekly;

class SlotCalendarTest {

	static final Type HOUR = new Type("consult", "Consultation", 60, null);

	static final Type HALF = new Type("call", "Call", 30, null);

	static BookingSettings settings(String zone, int before, int after, int notice, int horizon, int max,
			List<Weekly> weekly, List<Override> overrides) {
		return new BookingSettings(true, zone, false, before, after, notice, horizon, max, weekly, overrides,
				List.of(HOUR, HALF));
	}

	static List<String> starts(List<Slot> slots) {
		return slots.stream().map(s -> s.start() + "/" + s.end()).toList();
	}

	static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void skipsTheHourThatBerlinSkipsInSpring() {
		var calendar = new SlotCalendar(settings("Europe/Berlin", 0, 0, 0, 365, 0,
				List.of(new Weekly("SUNDAY", "01:00", "04:00")), List.of()));
		var slots = calendar.free(HOUR, LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"), LONG_AGO, List.of(), Map.of());
		// 01:00 CET is 00:00Z; 02:00 does not exist; 03:00 CEST is 01:00Z; the window ends at 04:00 CEST = 02:00Z
		assertThat(starts(slots)).containsExactly("2026-03-29T00:00:00Z/2026-03-29T01:00:00Z",
				"2026-03-29T01:00:00Z/2026-03-29T02:00:00Z");
	}

	@Test
	void offersTheHourThatBerlinRepeatsInAutumnOnce() {
		var calendar = new SlotCalendar(settings("Europe/Berlin", 0, 0, 0, 365, 0,
				List.of(new Weekly("SUNDAY", "01:00", "04:00")), List.of()));
		var slots = calendar.free(HOUR, LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25"), LONG_AGO, List.of(), Map.of());
		assertThat(starts(slots)).containsExactly("2026-10-24T23:00:00Z/2026-10-25T00:00:00Z",
				"2026-10-25T00:00:00Z/2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z/2026-10-25T03:00:00Z");
	}

	@Test
	void keepsNewYorkOfficeHoursAtNineLocalAcrossBothChanges() {
		var calendar = new SlotCalendar(settings("America/New_York", 0, 0, 0, 365, 0,
				List.of(new Weekly("FRIDAY", "09:00", "10:00"), new Weekly("MONDAY", "09:00", "10:00")), List.of()));
		// Friday before and Monday after the March change: 14:00Z (EST) then 13:00Z (EDT)
		assertThat(starts(calendar.free(HOUR, LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-09"), LONG_AGO,
				List.of(), Map.of()))).containsExactly("2026-03-06T14:00:00Z/2026-03-06T15:00:00Z",
						"2026-03-09T13:00:00Z/2026-03-09T14:00:00Z");
		// and back in November
		assertThat(starts(calendar.free(HOUR, LocalDate.parse("2026-10-30"), LocalDate.parse("2026-11-02"), LONG_AGO,
				List.of(), Map.of()))).containsExactly("2026-10-30T13:00:00Z/2026-10-30T14:00:00Z",
						"2026-11-02T14:00:00Z/2026-11-02T15:00:00Z");
	}

	@Test
	void handlesHalfHourOffsets() {
		var calendar = new SlotCalendar(settings("Asia/Kolkata", 0, 0, 0, 365, 0,
				List.of(new Weekly("MONDAY", "09:00", "10:00")), List.of()));
		var slots = calendar.free(HALF, LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-07"), LONG_AGO, List.of(), Map.of());
		assertThat(starts(slots)).containsExactly("2026-12-07T03:30:00Z/2026-12-07T04:00:00Z",
				"2026-12-07T04:00:00Z/2026-12-07T04:30:00Z");
		// a visitor in Auckland (+13:00 in December) sees the same instants, on their Monday evening
		assertThat(slots.get(0).start().atZone(ZoneId.of("Pacific/Auckland")).toString())
			.isEqualTo("2026-12-07T16:30+13:00[Pacific/Auckland]");
	}

	@Test
	void keepsBuffersAroundBookingsAndBeforeBlocks() {
		var calendar = new SlotCalendar(settings("UTC", 15, 15, 0, 365, 0,
				List.of(new Weekly("MONDAY", "09:00", "13:00")), List.of()));
		var booking = new SlotCalendar.Busy(Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T11:00:00Z"), true);
		var block = new SlotCalendar.Busy(Instant.parse("2026-12-07T12:30:00Z"), Instant.parse("2026-12-07T13:00:00Z"), false);
		var slots = calendar.free(HALF, LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-07"), LONG_AGO,
				List.of(booking, block), Map.of());
		// 11:00 would end inside the booking's after-buffer; 12:00 would need its own buffer inside the block
		assertThat(slots).extracting(s -> s.start().toString()).containsExactly("2026-12-07T09:00:00Z",
				"2026-12-07T11:30:00Z");
	}

	@Test
	void appliesNoticeHorizonOverridesAndTheDailyMaximum() {
		var calendar = new SlotCalendar(settings("UTC", 0, 0, 60, 2, 2,
				List.of(new Weekly("MONDAY", "09:00", "12:00"), new Weekly("TUESDAY", "09:00", "12:00"),
						new Weekly("WEDNESDAY", "09:00", "12:00"), new Weekly("THURSDAY", "09:00", "12:00")),
				List.of(new Override("2026-12-08", true, null, null), new Override("2026-12-09", false, "14:00", "15:00"))));
		Instant now = Instant.parse("2026-12-07T09:10:00Z");
		var slots = calendar.free(HOUR, LocalDate.parse("2026-12-06"), LocalDate.parse("2026-12-31"), now, List.of(), Map.of());
		// Monday from 10:10 on (notice), Tuesday closed, Wednesday only 14-15, Thursday beyond the 2-day horizon
		assertThat(slots).extracting(s -> s.start().toString()).containsExactly("2026-12-07T11:00:00Z",
				"2026-12-09T14:00:00Z");
		var full = calendar.free(HOUR, LocalDate.parse("2026-12-09"), LocalDate.parse("2026-12-09"), now, List.of(),
				Map.of(LocalDate.parse("2026-12-09"), 2));
		assertThat(full).isEmpty();
	}

	@Test
	void returnsAtMostTheSlotCapInTimeOrder() {
		var weekly = new java.util.ArrayList<Weekly>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			weekly.add(new Weekly(day, "00:00", "23:55"));
		}
		var five = new Type("quick", "Quick", 5, null);
		var calendar = new SlotCalendar(new BookingSettings(true, "UTC", false, 0, 0, 0, 365, 0, weekly, List.of(),
				List.of(five)));
		Instant now = Instant.parse("2026-12-07T00:00:00Z");
		var slots = calendar.free(five, LocalDate.parse("2026-12-07"), LocalDate.parse("2027-02-06"), now, List.of(), Map.of());
		// 62 days of 287 slots (00:00 to 23:50) would be 17,794; the cap keeps the earliest, whole days first
		int perDay = 287;
		assertThat(slots).hasSize(SlotCalendar.MAX_SLOTS);
		assertThat(slots.get(0).start()).isEqualTo(now);
		assertThat(slots.get(SlotCalendar.MAX_SLOTS - 1).start()).isEqualTo(now.plus(java.time.Duration
			.ofDays(SlotCalendar.MAX_SLOTS / perDay).plusMinutes(5L * (SlotCalendar.MAX_SLOTS % perDay - 1))));
	}

	@Test
	void marksTheVisitorsDatesThatHaveAFreeSlotExactlyAsTheSlotsFallOnThem() {
		// Berlin 09:00-12:00 and 22:00-23:55 on weekdays: late evenings are the next morning in Tokyo (+8/+9 h)
		var weekly = new java.util.ArrayList<Weekly>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
			weekly.add(new Weekly(day, "09:00", "12:00"));
			weekly.add(new Weekly(day, "22:00", "23:55"));
		}
		var calendar = new SlotCalendar(settings("Europe/Berlin", 0, 0, 0, 365, 2, weekly,
				List.of(new Override("2026-12-24", true, null, null))));
		Instant now = Instant.parse("2026-11-30T00:00:00Z");
		// Friday the 11th is full (the daily maximum); a block takes all of Wednesday the 16th
		var block = new SlotCalendar.Busy(Instant.parse("2026-12-16T00:00:00Z"), Instant.parse("2026-12-17T00:00:00Z"), false);
		var perDay = Map.of(LocalDate.parse("2026-12-11"), 2);
		LocalDate from = LocalDate.parse("2026-11-30");
		LocalDate to = LocalDate.parse("2027-01-01");
		for (String visitor : List.of("Europe/Berlin", "Asia/Tokyo", "America/Los_Angeles")) {
			ZoneId in = ZoneId.of(visitor);
			var expected = new java.util.TreeSet<LocalDate>();
			calendar.free(HALF, from, to, now, List.of(block), perDay)
				.forEach(s -> expected.add(LocalDate.ofInstant(s.start(), in)));
			assertThat(calendar.days(HALF, from, to, now, List.of(block), perDay, in)).as(visitor).isEqualTo(expected);
		}
		var tokyo = calendar.days(HALF, from, to, now, List.of(block), perDay, ZoneId.of("Asia/Tokyo"));
		// Berlin's Friday evening is Tokyo's Saturday (but not on the 12th: Berlin's Friday the 11th is full);
		// Berlin's weekend has no hours, so Tokyo's Sunday has none
		assertThat(tokyo).contains(LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-07"))
			.doesNotContain(LocalDate.parse("2026-12-06"), LocalDate.parse("2026-12-12"));
		assertThat(calendar.days(HALF, from, to, now, List.of(block), perDay, ZoneId.of("Europe/Berlin")))
			.contains(LocalDate.parse("2026-12-15"), LocalDate.parse("2026-12-23"))
			.doesNotContain(LocalDate.parse("2026-12-11"), LocalDate.parse("2026-12-16"), LocalDate.parse("2026-12-24"),
					LocalDate.parse("2026-12-26"));
	}
}
