/**
 * Portability: an owner's whole account (cards with their sections, brand designs, media, contacts,
 * products, orders and bookings) as one zip, and such a zip brought into an account here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card", "media",
		"contact", "store", "booking", "design" })
package red.cardinal.portability;
