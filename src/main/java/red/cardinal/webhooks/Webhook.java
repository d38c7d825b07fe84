package red.cardinal.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * An account's webhook endpoint: where its cards' events of these types go, whether it is on, and
 * why it was turned off (null: it was not). Its secret is never part of it: it is shown once.
 */
public record Webhook(long id, long accountId, String url, List<String> events, boolean enabled,
		String disabledReason, Instant createdAt) {

	/** The event types an endpoint may subscribe to. */
	public static final List<String> EVENTS = List.of("lead.created", "order.placed", "booking.created",
			"booking.cancelled", "booking.rescheduled");

	public Webhook {
		events = List.copyOf(events);
	}
}
