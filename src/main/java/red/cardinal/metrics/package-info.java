/**
 * Metrics an operator scrapes: {@code /actuator/prometheus} with {@code cardinal.metrics.enabled=true},
 * behind a bearer token on the public port, and the counts of what the other modules' events say
 * happened (orders, bookings, leads), plus counters other modules increment by name ({@link red.cardinal.metrics.Counters}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "booking :: events", "store :: events", "leads :: events" })
package red.cardinal.metrics;
