package red.cardinal.webhooks;

import java.time.Instant;

/**
 * One attempt to deliver a message: the message ({@code messageId}, its {@code webhook-id} and event
 * type), which try it was, when, whether the endpoint took it (a 2xx), its status code (null when
 * none came: a timeout, a refused address) and what went wrong.
 */
public record Delivery(long id, long messageId, String webhookId, String event, int attempt, Instant at,
		boolean succeeded, Integer responseCode, String error) {
}
