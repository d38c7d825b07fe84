package red.cardinal.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
		// days outside today..horizon have no slots: clamped first, so no date arithmetic can overflow
		LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
		LocalDate horizon = today.plusDays(settings.horizonDays());
		if (to.isBefore(today) || from.isAfter(horizon) || to.isBefore(from)) {
			return List.of();
		}
		from = from.isBefore(today) ? today : from;
		LocalDate last = to.isAfter(from.plusDays(Bookings.MAX_DAYS - 1)) ? from.plusDays(Bookings.MAX_DAYS - 1) : to;
		Instant rangeStart = from.minusDays(1).atStartOfDay(calendar.zone()).toInstant();
		Instant rangeEnd = last.plusDays(2).atStartOfDay(calendar.zone()).toInstant();
		var busy = new ArrayList<SlotCalendar.Busy>();
		var perDay = new HashMap<LocalDate, Integer>();
		for (Booking b : rows.active(card.getId(), rangeStart, rangeEnd)) {
			busy.add(new SlotCalendar.Busy(b.start(), b.end(), true));
			perDay.merge(LocalDate.ofInstant(b.start(), calendar.zone()), 1, Integer::sum);
		}
		busy.addAll(blocks.overlapping(card.getId(), rangeStart, rangeEnd));
		return calendar.free(type, from, last, clock.instant(), busy, perDay);
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
