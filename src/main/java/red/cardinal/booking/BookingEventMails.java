package red.cardinal.booking;

import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails each side of a booking's change once it is committed, on another thread: one listener per
 * mail, so the event publication registry retries exactly the mail that failed (an exception here
 * leaves its publication incomplete; see docs/events.md). Like {@code @ApplicationModuleListener},
 * but without a transaction around it: a mail server that is slow to answer must not hold one of
 * the pool's database connections. A booking that is gone by then (its card deleted) gets no mail.
 */
@Component
class BookingEventMails {

	private static final Logger log = LoggerFactory.getLogger(BookingEventMails.class);

	private final BookingRows rows;
	private final BookingMails mails;

	BookingEventMails(BookingRows rows, BookingMails mails) {
		this.rows = rows;
		this.mails = mails;
	}

	@Async
	@TransactionalEventListener
	void toVisitor(AppointmentBooked booked) {
		with(booked.bookingId(), b -> mails.bookedToVisitor(b, booked.status(), booked.manageToken()));
	}

	@Async
	@TransactionalEventListener
	void toOwner(AppointmentBooked booked) {
		with(booked.bookingId(), b -> mails.bookedToOwner(b, booked.status()));
	}

	@Async
	@TransactionalEventListener
	void toVisitor(AppointmentConfirmed confirmed) {
		with(confirmed.bookingId(), mails::confirmed);
	}

	@Async
	@TransactionalEventListener
	void toVisitor(AppointmentMoved moved) {
		with(moved.bookingId(), mails::movedToVisitor);
	}

	@Async
	@TransactionalEventListener
	void toOwner(AppointmentMoved moved) {
		with(moved.bookingId(), mails::movedToOwner);
	}

	@Async
	@TransactionalEventListener
	void toVisitor(AppointmentCancelled cancelled) {
		with(cancelled.bookingId(), mails::endedToVisitor);
	}

	@Async
	@TransactionalEventListener
	void toOwner(AppointmentCancelled cancelled) {
		if (cancelled.byVisitor()) {
			with(cancelled.bookingId(), mails::cancelledToOwner);
		}
	}

	@Async
	@TransactionalEventListener
	void toVisitor(AppointmentDeclined declined) {
		with(declined.bookingId(), mails::endedToVisitor);
	}

	private void with(long bookingId, Consumer<Booking> send) {
		Optional<Booking> booking = rows.find(bookingId);
		if (booking.isEmpty()) {
			log.info("No mail for booking {}: it was deleted with its card", bookingId);
			return;
		}
		send.accept(booking.get());
	}
}
