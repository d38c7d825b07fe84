package red.cardinal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import red.cardinal.booking.AppointmentBooked;
import red.cardinal.store.OrderPlaced;

class BookingAndOrderMetersTest {

	SimpleMeterRegistry registry = new SimpleMeterRegistry();

	BookingAndOrderMeters meters = new BookingAndOrderMeters(registry);

	@AfterEach
	void clear() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void countsAnOrderOnlyOnceItsTransactionCommitted() {
		TransactionSynchronizationManager.initSynchronization();
		meters.on(new OrderPlaced(1, 2, "A-1", null));
		assertThat(orders()).isZero();
		TransactionSynchronizationUtils.triggerAfterCommit();
		assertThat(orders()).isEqualTo(1);
	}

	@Test
	void countsNothingOfARolledBackBooking() {
		TransactionSynchronizationManager.initSynchronization();
		meters.on(new AppointmentBooked(1, 2, "confirmed", "secret", null));
		TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
				org.springframework.transaction.support.TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(bookings("booked")).isZero();
	}

	@Test
	void countsAtOnceOutsideATransaction() {
		meters.on(new AppointmentBooked(1, 2, "pending", "secret", null));
		assertThat(bookings("booked")).isEqualTo(1);
		assertThat(bookings("cancelled")).isZero();
	}

	double orders() {
		return registry.get("cardinal.orders.placed").counter().count();
	}

	double bookings(String event) {
		return registry.get("cardinal.bookings").tag("event", event).counter().count();
	}
}
