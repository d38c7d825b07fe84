package red.cardinal.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;


/**
 * The free slots of a card: computed day by day in the owner's zone, from weekly hours or that
 * date's override, one slot after another of the type's length. A local time that does not exist
 * (skipped by a DST change) is left out; an hour that happens twice is offered once. Busy time
 * (bookings with the buffers around them, and blocks) removes the slots whose buffered time it touches; minimum notice,
 * horizon and the daily maximum apply.
 */
final class SlotCalendar {

	/**
	 * The most slots one query returns (the earliest ones): a client wanting more asks again from
	 * the last one's day. Validated hours never overlap, so a day holds at most 288 slots anyway.
	 */
	static final int MAX_SLOTS = 3_000;

	private final BookingSettings settings;
	private final ZoneId zone;

	SlotCalendar(BookingSettings settings) {
		this.settings = settings;
		this.zone = ZoneId.of(settings.timeZone());
	}

	/** Something that holds time: a booking (its buffers are added here) or a block (taken as it is). */
	record Busy(Instant start, Instant end, boolean booking) {
	}

	/**
	 * @param from first day, in the owner's zone
	 * @param to last day, inclusive
	 * @param busy bookings (pending or confirmed) and blocks around those days
	 * @param bookingsPerDay active bookings per owner's day, for the daily maximum
	 * @return the free slots in time order, at most {@link #MAX_SLOTS}
	 */
	List<Slot> free(BookingSettings.Type type, LocalDate from, LocalDate to, Instant now, List<Busy> busy,
			Map<LocalDate, Integer> bookingsPerDay) {
		var slots = new ArrayList<Slot>();
		for (LocalDate day = from; !day.isAfter(to) && !day.isAfter(lastDay(now)); day = day.plusDays(1)) {
			for (Slot slot : day(type, day, now, busy, bookingsPerDay)) {
				slots.add(slot);
				if (slots.size() == MAX_SLOTS) {
					return slots;
				}
			}
		}
		return slots;
	}

	/**
	 * The days with at least one free slot, as the dates of another zone (the visitor's): each owner's
	 * day from {@code from} to {@code to} spans one or two of its dates, and its first and last slot
	 * show which have a slot. Busy time is looked at one day at a time, so a month costs about 31
	 * days' slots, whatever the number of bookings in it.
	 */
	Set<LocalDate> days(BookingSettings.Type type, LocalDate from, LocalDate to, Instant now, List<Busy> busy,
			Map<LocalDate, Integer> bookingsPerDay, ZoneId in) {
		var days = new TreeSet<LocalDate>();
		Duration margin = Duration.ofDays(1).plusMinutes(settings.bufferBeforeMinutes() + settings.bufferAfterMinutes());
		for (LocalDate day = from; !day.isAfter(to) && !day.isAfter(lastDay(now)); day = day.plusDays(1)) {
			Instant dayStart = day.atStartOfDay(zone).toInstant().minus(margin);
			Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant().plus(margin);
			var near = busy.stream().filter(b -> b.end().isAfter(dayStart) && b.start().isBefore(dayEnd)).toList();
			List<Slot> slots = day(type, day, now, near, bookingsPerDay);
			if (!slots.isEmpty()) {
				days.add(LocalDate.ofInstant(slots.get(0).start(), in));
				days.add(LocalDate.ofInstant(slots.get(slots.size() - 1).start(), in));
			}
		}
		return days;
	}

	private LocalDate lastDay(Instant now) {
		return LocalDate.ofInstant(now, zone).plusDays(settings.horizonDays());
	}

	/** One day's free slots in time order (at most 288: validated hours never overlap). */
	private List<Slot> day(BookingSettings.Type type, LocalDate day, Instant now, List<Busy> busy,
			Map<LocalDate, Integer> bookingsPerDay) {
		var slots = new ArrayList<Slot>();
		if (day.isBefore(LocalDate.ofInstant(now, zone))
				|| settings.maxPerDay() > 0 && bookingsPerDay.getOrDefault(day, 0) >= settings.maxPerDay()) {
			return slots;
		}
		Instant earliest = now.plus(Duration.ofMinutes(settings.minNoticeMinutes()));
		Duration length = Duration.ofMinutes(type.minutes());
		Duration before = Duration.ofMinutes(settings.bufferBeforeMinutes());
		Duration after = Duration.ofMinutes(settings.bufferAfterMinutes());
		for (LocalTime[] window : windows(day)) {
			Instant windowEnd = at(day, window[1], true);
			for (LocalTime t = window[0]; t.isBefore(window[1]); t = t.plus(length)) {
				Instant start = at(day, t, false);
				if (start != null) {
					Instant end = start.plus(length);
					if (!end.isAfter(windowEnd) && !start.isBefore(earliest)
							&& free(start.minus(before), end.plus(after), busy, before, after)) {
						slots.add(new Slot(start, end));
					}
				}
				if (t.plus(length).isBefore(t)) {
					break; // wrapped past midnight
				}
			}
		}
		return slots;
	}

	/**
	 * Whether a slot with its buffers touches no booking with its buffers and no block: the same
	 * time the database claims for them ({@link Bookings}), so what is offered can be written.
	 */
	private static boolean free(Instant heldStart, Instant heldEnd, List<Busy> busy, Duration before, Duration after) {
		for (Busy b : busy) {
			Instant bs = b.booking() ? b.start().minus(before) : b.start();
			Instant be = b.booking() ? b.end().plus(after) : b.end();
			if (heldStart.isBefore(be) && bs.isBefore(heldEnd)) {
				return false;
			}
		}
		return true;
	}

	/** The open hours of a day: that date's override, or else the weekday's ranges. */
	List<LocalTime[]> windows(LocalDate day) {
		var windows = new ArrayList<LocalTime[]>();
		var override = settings.overrides().stream().filter(o -> o.date().equals(day.toString())).findFirst();
		if (override.isPresent()) {
			if (!override.get().closed()) {
				windows.add(new LocalTime[] { LocalTime.parse(override.get().from()), LocalTime.parse(override.get().to()) });
			}
			return windows;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		for (var w : settings.weekly()) {
			if (DayOfWeek.valueOf(w.day()) == weekday) {
				windows.add(new LocalTime[] { LocalTime.parse(w.from()), LocalTime.parse(w.to()) });
			}
		}
		windows.sort((a, b) -> a[0].compareTo(b[0]));
		return windows;
	}

	/**
	 * The instant of a local time on a day in the owner's zone; null for a start that does not exist
	 * that day. A window's end inside a DST gap counts from the first valid time after it.
	 */
	private Instant at(LocalDate day, LocalTime time, boolean end) {
		LocalDateTime local = LocalDateTime.of(day, time);
		ZonedDateTime zoned = ZonedDateTime.of(local, zone);
		if (!end && !zoned.toLocalDateTime().equals(local)) {
			return null;
		}
		return zoned.withEarlierOffsetAtOverlap().toInstant();
	}

	ZoneId zone() {
		return zone;
	}
}
