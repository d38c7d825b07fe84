package red.cardinal.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;

import org.springframework.stereotype.Component;

import red.cardinal.card.Card;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;

/** The slots a card offers: its calendar ({@link SlotCalendar}) less its bookings and time blocks. */
@Component
class FreeSlots {

	private final BookingRows rows;
	private final TimeBlocks blocks;
	private final Clock clock;
	private final Availability availability;

	FreeSlots(Availability availability, BookingRows rows, TimeBlocks blocks, Optional<Clock> clock) {
		this.availability = availability;
		this.rows = rows;
		this.blocks = blocks;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** See {@link Bookings#slots}. */
	List<Slot> of(Card card, String typeKey, LocalDate from, LocalDate to) {
		BookingSettings settings = open(card);
		BookingSettings.Type type = type(settings, typeKey);
		var calendar = new SlotCalendar(settings);
		LocalDate[] range = clamp(settings, calendar, from, to);
		if (range == null) {
			return List.of();
		}
		var busy = new Busy(card, calendar, range[0], range[1]);
		return calendar.free(type, range[0], range[1], clock.instant(), busy.list, busy.perDay);
	}

	/** See {@link Bookings#freeDays}. */
	Set<LocalDate> days(Card card, String typeKey, LocalDate from, LocalDate to, ZoneId in) {
		BookingSettings settings = open(card);
		BookingSettings.Type type = type(settings, typeKey);
		var calendar = new SlotCalendar(settings);
		// the owner's days around the visitor's: a visitor's date may start on the owner's day before
		LocalDate[] range = clamp(settings, calendar, from.minusDays(1), to.plusDays(1));
		if (range == null) {
			return Set.of();
		}
		var busy = new Busy(card, calendar, range[0], range[1]);
		var days = new TreeSet<>(calendar.days(type, range[0], range[1], clock.instant(), busy.list, busy.perDay, in));
		return days.subSet(from, true, to, true);
	}

	/**
	 * The days of a query within today..horizon and {@value Bookings#MAX_DAYS} days, or null for none:
	 * clamped first, so no date arithmetic can overflow.
	 */
	private LocalDate[] clamp(BookingSettings settings, SlotCalendar calendar, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
		LocalDate horizon = today.plusDays(settings.horizonDays());
		if (to.isBefore(today) || from.isAfter(horizon) || to.isBefore(from)) {
			return null;
		}
		from = from.isBefore(today) ? today : from;
		LocalDate last = to.isAfter(from.plusDays(Bookings.MAX_DAYS - 1)) ? from.plusDays(Bookings.MAX_DAYS - 1) : to;
		return new LocalDate[] { from, last };
	}

	/** A card's bookings and blocks around some days, read once: one query of each for the whole range. */
	private final class Busy {

		final List<SlotCalendar.Busy> list = new ArrayList<>();
		final Map<LocalDate, Integer> perDay = new HashMap<>();

		Busy(Card card, SlotCalendar calendar, LocalDate from, LocalDate last) {
			Instant rangeStart = from.minusDays(1).atStartOfDay(calendar.zone()).toInstant();
			Instant rangeEnd = last.plusDays(2).atStartOfDay(calendar.zone()).toInstant();
			for (Booking b : rows.active(card.getId(), rangeStart, rangeEnd)) {
				list.add(new SlotCalendar.Busy(b.start(), b.end(), true));
				perDay.merge(LocalDate.ofInstant(b.start(), calendar.zone()), 1, Integer::sum);
			}
			list.addAll(blocks.overlapping(card.getId(), rangeStart, rangeEnd));
		}
	}

	/** The start must be one of the free slots of its owner's day; the claims then settle races. */
	void requireFree(Card card, BookingSettings.Type type, Instant start) {
		LocalDate day = LocalDate.ofInstant(start, ZoneId.of(availability.of(card.getId()).timeZone()));
		boolean offered = of(card, type.key(), day, day).stream().anyMatch(s -> s.start().equals(start));
		if (!offered) {
			throw new ConflictException(Violation.of("start", "booking.slot.unavailable"));
		}
	}

	/** @throws NotFoundException when the card takes no bookings */
	BookingSettings open(Card card) {
		BookingSettings settings = availability.of(card.getId());
		if (!settings.enabled() || settings.timeZone() == null) {
			throw new NotFoundException("Booking");
		}
		return settings;
	}

	/** @throws NotFoundException when the settings have no such type */
	static BookingSettings.Type type(BookingSettings settings, String key) {
		BookingSettings.Type type = settings.type(key == null ? "" : key);
		if (type == null) {
			throw new NotFoundException("Appointment type");
		}
		return type;
	}
}
