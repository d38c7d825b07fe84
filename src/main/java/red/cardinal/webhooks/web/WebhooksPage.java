package red.cardinal.webhooks.web;

import java.util.List;

import red.cardinal.webhooks.Delivery;
import red.cardinal.webhooks.Webhook;

/**
 * The account's webhooks screen: its endpoints with their latest attempts, the event types to choose
 * from, the form as sent (when refused), a new endpoint's secret (shown once) and what happened.
 */
public record WebhooksPage(List<Entry> webhooks, List<String> events, String url, List<String> chosen,
		String newSecret, String notice) {

	public record Entry(Webhook webhook, List<Delivery> deliveries) {
	}
}
