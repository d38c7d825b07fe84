package red.cardinal.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.card.CardManagement;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;

/**
 * The owner's side of a card's bookings: the list, decisions on them, blocked time. Each method
 * takes the owner's account id and treats someone else's card or booking like one that does not exist.
 */
@Service
public class OwnerBookings {

	private final BookingRows rows;
	private final Bookings bookings;
	private final TimeBlocks blocks;
	private final CardManagement cards;
	private final ApplicationEventPublisher events;

	OwnerBookings(BookingRows rows, Bookings bookings, TimeBlocks blocks, CardManagement cards,
			ApplicationEventPublisher events) {
		this.rows = rows;
		this.bookings = bookings;
		this.blocks = blocks;
		this.cards = cards;
		this.events = events;
	}

	/** A card's bookings that start from one instant to another, the earliest first. */
	@Transactional(readOnly = true)
	public List<Booking> list(long ownerId, long cardId, Instant from, Instant to) {
		cards.get(ownerId, cardId);
		return rows.starting(cardId, from, to);
	}

	/** A card's next pending or confirmed booking, or the one going on now. */
	@Transactional(readOnly = true)
	public Optional<Booking> next(long ownerId, long cardId, Instant now) {
		cards.get(ownerId, cardId);
		return rows.next(cardId, now);
	}

	@Transactional(readOnly = true)
	public Booking get(long ownerId, long cardId, long bookingId) {
		cards.get(ownerId, cardId);
		Booking b = rows.get(bookingId);
		if (b.cardId() != cardId) {
			throw new NotFoundException("Booking");
		}
		return b;
	}

	/** The owner confirms a pending booking, declines it, or cancels a pending or confirmed one, with a reason. */
	@Transactional
	public Booking decide(long ownerId, long cardId, long bookingId, String status, String reason) {
		Booking b = get(ownerId, cardId, bookingId);
		boolean allowed = switch (status) {
			case Booking.CONFIRMED, Booking.DECLINED -> Booking.PENDING.equals(b.status());
			case Booking.CANCELLED -> b.active();
			default -> false;
		};
		if (!allowed) {
			throw new InvalidInputException(Violation.of("status", "booking.status.move", b.status()));
		}
		if (!Booking.CONFIRMED.equals(status)) {
			return bookings.end(b, status, reason, false);
		}
		// a reason is checked even where it is not kept, as for every other decision
		BookingRequestValidation.reason(reason, 500);
		rows.status(bookingId, status);
		events.publishEvent(new AppointmentConfirmed(bookingId, cardId));
		return rows.get(bookingId);
	}

	/**
	 * The owner blocks time; it must not overlap a booking (cancel that first).
	 * @throws ConflictException when a booking holds some of that time
	 */
	@Transactional
	public void block(long ownerId, long cardId, Instant start, Instant end, String reason) {
		cards.get(ownerId, cardId);
		blocks.block(cardId, start, end, reason);
	}
}
