package red.cardinal.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import red.cardinal.booking.AppointmentBooked;
import red.cardinal.booking.AppointmentCancelled;
import red.cardinal.booking.AppointmentDeclined;
import red.cardinal.booking.AppointmentMoved;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.leads.Lead;
import red.cardinal.leads.Leads;
import red.cardinal.store.OrderPlaced;

/**
 * Writes a message for each endpoint that takes an event into the outbox, once the event is
 * committed, in the listener's own transaction: the event publication registry holds the event until
 * this has run, and {@link WebhookDispatcher} sends from the outbox. The body is fixed here, so every
 * attempt sends (and signs) the same bytes. A booking's manage-link secret never leaves the server.
 */
@Component
class WebhookOutbox {

	private final WebhookRows webhooks;
	private final MessageRows messages;
	private final CardManagement cards;
	private final Leads leads;
	private final Clock clock;

	WebhookOutbox(WebhookRows webhooks, MessageRows messages, CardManagement cards, Leads leads, Optional<Clock> clock) {
		this.webhooks = webhooks;
		this.messages = messages;
		this.cards = cards;
		this.leads = leads;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@ApplicationModuleListener
	void on(red.cardinal.leads.LeadCaptured captured) {
		leads.find(captured.leadId()).ifPresent(lead -> enqueue(captured.cardId(), "lead.created",
				"lead.created:" + lead.id(), lead(lead)));
	}

	@ApplicationModuleListener
	void on(OrderPlaced placed) {
		enqueue(placed.cardId(), "order.placed", "order.placed:" + placed.orderId(),
				data("orderId", Long.toString(placed.orderId()), "cardId", Long.toString(placed.cardId()), "number",
						placed.number()));
	}

	@ApplicationModuleListener
	void on(AppointmentBooked booked) {
		enqueue(booked.cardId(), "booking.created", "booking.created:" + booked.bookingId(),
				data("bookingId", Long.toString(booked.bookingId()), "cardId", Long.toString(booked.cardId()), "status",
						booked.status()));
	}

	@ApplicationModuleListener
	void on(AppointmentMoved moved) {
		enqueue(moved.cardId(), "booking.rescheduled", "booking.rescheduled:" + moved.bookingId() + ":"
				+ moved.start().getEpochSecond(), data("bookingId", Long.toString(moved.bookingId()), "cardId",
						Long.toString(moved.cardId()), "start", moved.start().toString(), "status", moved.status()));
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled cancelled) {
		enqueue(cancelled.cardId(), "booking.cancelled", "booking.cancelled:" + cancelled.bookingId(),
				data("bookingId", Long.toString(cancelled.bookingId()), "cardId", Long.toString(cancelled.cardId()), "by",
						cancelled.byVisitor() ? "visitor" : "owner"));
	}

	@ApplicationModuleListener
	void on(AppointmentDeclined declined) {
		enqueue(declined.cardId(), "booking.cancelled", "booking.cancelled:" + declined.bookingId(),
				data("bookingId", Long.toString(declined.bookingId()), "cardId", Long.toString(declined.cardId()), "by",
						"owner", "declined", true));
	}

	private void enqueue(long cardId, String type, String eventKey, Map<String, Object> data) {
		Optional<Card> card = cards.find(cardId);
		if (card.isEmpty()) {
			return;
		}
		var endpoints = webhooks.subscribed(card.get().getOwnerId(), type);
		if (endpoints.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		var body = new LinkedHashMap<String, Object>();
		body.put("type", type);
		body.put("timestamp", now.toString());
		body.put("data", data);
		String json = JsonMapper.shared().writeValueAsString(body);
		endpoints.forEach(w -> messages.enqueue(w.id(), eventKey, type, json, now));
	}

	private static Map<String, Object> lead(Lead l) {
		return data("id", Long.toString(l.id()), "cardId", Long.toString(l.cardId()), "name", l.name(), "email", l.email(),
				"phone", l.phone(), "company", l.company(), "jobTitle", l.jobTitle(), "note", l.note(), "createdAt",
				l.createdAt().toString());
	}

	private static Map<String, Object> data(Object... keyThenValue) {
		var data = new LinkedHashMap<String, Object>();
		for (int i = 0; i < keyThenValue.length; i += 2) {
			data.put((String) keyThenValue[i], keyThenValue[i + 1]);
		}
		return data;
	}
}
