/**
 * Appointment scheduling: free slots in the owner's time zone, bookings that never overlap (the
 * database holds each five minutes once), invites, manage links, reminders and the owner's calendar.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card", "design" })
package red.cardinal.booking;
