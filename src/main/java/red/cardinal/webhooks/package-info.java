/**
 * Webhooks: an account's endpoints that get its cards' events (leads, orders, bookings) as signed
 * Standard Webhooks deliveries, from an outbox table, retried with growing waits, never to an
 * address inside the server's own networks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card", "leads", "leads :: events",
		"store :: events", "booking :: events", "metrics" })
package red.cardinal.webhooks;
