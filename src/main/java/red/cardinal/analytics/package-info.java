/**
 * Analytics without tracking: events counted without cookies or stored IP addresses, daily and
 * hourly counts, the owner's charts and the stats API. Bookings, orders and leads are counted from
 * their modules' events, which is all it knows of those modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card",
		"booking :: events", "store :: events", "leads :: events" })
package red.cardinal.analytics;
