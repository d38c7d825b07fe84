package red.cardinal.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import red.cardinal.booking.AppointmentBooked;
import red.cardinal.booking.AppointmentCancelled;
import red.cardinal.booking.AppointmentConfirmed;
import red.cardinal.booking.AppointmentDeclined;
import red.cardinal.booking.AppointmentMoved;
import red.cardinal.leads.LeadCaptured;
import red.cardinal.store.OrderPlaced;

/**
 * Counts orders, bookings and leads from their modules' events, whichever way (form, JSON) they were made,
 * once their transaction committed. A plain listener that counts after the commit rather than an
 * {@code @ApplicationModuleListener}: a counter is not worth a row in the event publication registry
 * per order, and a count lost to a crash in between is a count, not a booking.
 */
@Component
class BookingAndOrderMeters {

	private final Counter orders;
	private final Counter booked;
	private final Counter confirmed;
	private final Counter declined;
	private final Counter cancelled;
	private final Counter moved;
	private final Counter leads;

	BookingAndOrderMeters(MeterRegistry registry) {
		orders = Counter.builder("cardinal.orders.placed").description("orders placed on cards").register(registry);
		booked = bookings(registry, "booked");
		confirmed = bookings(registry, "confirmed");
		declined = bookings(registry, "declined");
		cancelled = bookings(registry, "cancelled");
		moved = bookings(registry, "moved");
		leads = Counter.builder("cardinal.leads.captured").description("visitors who shared their details with a card's owner").register(registry);
	}

	private static Counter bookings(MeterRegistry registry, String event) {
		return Counter.builder("cardinal.bookings").description("bookings made and changed, by what happened").tag("event", event).register(registry);
	}

	@EventListener
	void on(OrderPlaced placed) {
		afterCommit(orders);
	}

	@EventListener
	void on(AppointmentBooked booking) {
		afterCommit(booked);
	}

	@EventListener
	void on(AppointmentConfirmed booking) {
		afterCommit(confirmed);
	}

	@EventListener
	void on(AppointmentDeclined booking) {
		afterCommit(declined);
	}

	@EventListener
	void on(AppointmentCancelled booking) {
		afterCommit(cancelled);
	}

	@EventListener
	void on(AppointmentMoved booking) {
		afterCommit(moved);
	}

	@EventListener
	void on(LeadCaptured lead) {
		afterCommit(leads);
	}

	private static void afterCommit(Counter counter) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			counter.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				counter.increment();
			}
		});
	}
}
