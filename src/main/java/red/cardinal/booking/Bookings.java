package red.cardinal.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.account.Secrets;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;
import red.cardinal.web.Visit;

/**
 * Bookings of cards, as visitors make and change them ({@link OwnerBookings} has the owner's side).
 * A booking holds its time and buffers as {@link Claims}, so of two overlapping bookings only one is
 * ever stored. Each change publishes its event ({@link AppointmentBooked}, …) in its transaction; the
 * mails are listeners that run once it is committed.
 */
@Service
public class Bookings {

	/** The most days one slot query covers. */
	public static final int MAX_DAYS = 62;

	private final BookingRows rows;
	private final Claims claims;
	private final FreeSlots free;
	private final CardManagement cards;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Bookings(BookingRows rows, Claims claims, FreeSlots free, CardManagement cards,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.rows = rows;
		this.claims = claims;
		this.free = free;
		this.cards = cards;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A new booking and the secret of its manage link (shown once, stored only as a hash). */
	public record Booked(Booking booking, String token) {
	}

	/**
	 * The free slots of a type from one day to another (the owner's days, both inclusive, at most
	 * {@value #MAX_DAYS} days from {@code from} and only within the horizon), at most
	 * {@value SlotCalendar#MAX_SLOTS}, the earliest.
	 * @throws NotFoundException when the card takes no bookings or has no such type
	 */
	@Transactional(readOnly = true)
	public List<Slot> slots(Card card, String typeKey, LocalDate from, LocalDate to) {
		return free.of(card, typeKey, from, to);
	}

	/**
	 * The dates, in zone {@code in} (the visitor's), from {@code from} to {@code to} (both inclusive,
	 * at most about {@value #MAX_DAYS} days, within the horizon) that have at least one free slot of a
	 * type: what a month view marks. One query of bookings and one of blocks, whatever the range.
	 * @throws NotFoundException when the card takes no bookings or has no such type
	 */
	@Transactional(readOnly = true)
	public java.util.Set<LocalDate> freeDays(Card card, String typeKey, LocalDate from, LocalDate to, java.time.ZoneId in) {
		return free.days(card, typeKey, from, to, in);
	}

	/** As {@link #book(Card, BookingRequest, Visit)}, for a booking that is not counted. */
	@Transactional
	public Booked book(Card card, BookingRequest request) {
		return book(card, request, null);
	}

	/**
	 * Books a free slot for a visitor; both sides are mailed once it is committed, and {@code visit}
	 * (null: none) is counted. All or nothing: every field is checked before anything is stored.
	 * @throws InvalidInputException for a bad field (a time zone that does not exist included)
	 * @throws ConflictException when the start is not a free slot of that type, or someone else took it first
	 */
	@Transactional
	public Booked book(Card card, BookingRequest request, Visit visit) {
		BookingSettings settings = free.open(card);
		var valid = BookingRequestValidation.check(settings, request);
		free.requireFree(card, valid.type(), valid.start());
		String token = Secrets.newSecret();
		String status = settings.requireApproval() ? Booking.PENDING : Booking.CONFIRMED;
		long id = rows.insert(card.getId(), valid, settings.timeZone(), status, Secrets.hash(token));
		hold(card.getId(), id, settings, valid.type(), valid.start());
		events.publishEvent(new AppointmentBooked(id, card.getId(), status, token, visit));
		return new Booked(rows.get(id), token);
	}

	/** The booking behind a manage link. */
	@Transactional(readOnly = true)
	public Booking byToken(String token) {
		return rows.byTokenHash(Secrets.hash(token == null ? "" : token)).orElseThrow(() -> new NotFoundException("Booking"));
	}

	/** The visitor cancels through their manage link; a past or already ended booking cannot be. */
	@Transactional
	public Booking cancelByVisitor(String token, String reason) {
		Booking b = byToken(token);
		requireUpcoming(b);
		return end(b, Booking.CANCELLED, reason, true);
	}

	/** The visitor moves their booking to another free slot of the same type; it keeps its status rules. */
	@Transactional
	public Booking reschedule(String token, String newStart) {
		Booking b = byToken(token);
		requireUpcoming(b);
		Card card = cards.find(b.cardId()).filter(Card::isPublished).orElseThrow(() -> new NotFoundException("Card"));
		BookingSettings settings = free.open(card);
		BookingSettings.Type type = FreeSlots.type(settings, b.typeKey());
		Instant start = BookingRequestValidation.start(newStart);
		// out of the way of its own new time while the new one is checked; the transaction keeps it invisible
		claims.release(b.id());
		rows.status(b.id(), Booking.CANCELLED);
		free.requireFree(card, type, start);
		String status = settings.requireApproval() ? Booking.PENDING : Booking.CONFIRMED;
		rows.move(b.id(), start, start.plus(Duration.ofMinutes(type.minutes())), status);
		hold(card.getId(), b.id(), settings, type, start);
		events.publishEvent(new AppointmentMoved(b.id(), b.cardId(), start, status));
		return rows.get(b.id());
	}

	/** Ends a booking as cancelled or declined, and frees its time. */
	Booking end(Booking b, String status, String reason, boolean byVisitor) {
		rows.end(b.id(), status, BookingRequestValidation.reason(reason, 500));
		claims.release(b.id());
		events.publishEvent(Booking.DECLINED.equals(status) ? new AppointmentDeclined(b.id(), b.cardId())
				: new AppointmentCancelled(b.id(), b.cardId(), byVisitor));
		return rows.get(b.id());
	}

	/** The booking's time with the buffers around it. */
	private void hold(long cardId, long bookingId, BookingSettings settings, BookingSettings.Type type, Instant start) {
		claims.holdForBooking(cardId, bookingId, start.minus(Duration.ofMinutes(settings.bufferBeforeMinutes())),
				start.plus(Duration.ofMinutes(type.minutes() + settings.bufferAfterMinutes())));
	}

	private void requireUpcoming(Booking b) {
		if (!b.active() || !b.start().isAfter(clock.instant())) {
			throw new InvalidInputException(Violation.of("status", "booking.status.move", b.status()));
		}
	}
}
