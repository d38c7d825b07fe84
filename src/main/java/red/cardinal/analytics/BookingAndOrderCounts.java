package red.cardinal.analytics;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import red.cardinal.booking.AppointmentBooked;
import red.cardinal.leads.LeadCaptured;
import red.cardinal.store.OrderPlaced;

/**
 * Counts bookings, orders and leads from their modules' events, once each, after they are committed,
 * whichever way (form, JSON, another node) they were made. A visit that was not counted when it
 * happened (a bot, analytics off, no request at all) carries no {@link red.cardinal.web.Visit}.
 */
@Component
class BookingAndOrderCounts {

	private final Analytics analytics;

	BookingAndOrderCounts(Analytics analytics) {
		this.analytics = analytics;
	}

	@ApplicationModuleListener
	void on(AppointmentBooked booked) {
		if (booked.visit() != null) {
			analytics.count(booked.cardId(), EventType.BOOKING, booked.visit());
		}
	}

	@ApplicationModuleListener
	void on(OrderPlaced placed) {
		if (placed.visit() != null) {
			analytics.count(placed.cardId(), EventType.ORDER, placed.visit());
		}
	}

	@ApplicationModuleListener
	void on(LeadCaptured captured) {
		if (captured.visit() != null) {
			analytics.count(captured.cardId(), EventType.LEAD, captured.visit());
		}
	}
}
