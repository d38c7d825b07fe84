/**
 * Analytics without tracking: events counted without cookies or stored IP addresses, daily and
 * hourly counts, the owner's charts and the stats API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card" })
package red.cardinal.analytics;
