/**
 * Analytics without tracking: events counted without cookies or stored IP addresses, daily and
 * hourly counts, the owner's charts and the stats API. Bookings and orders are counted from their
 * modules' events, which is all it knows of those modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card",
		"booking :: events", "store :: events" })
package red.cardinal.analytics;
