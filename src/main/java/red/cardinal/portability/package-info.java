/**
 * Portability: an owner's whole account (cards with their sections, brand designs, media, contacts,
 * products, orders, bookings and leads) as one zip, and such a zip brought into an account here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card", "media",
		"contact", "store", "booking", "leads", "design" })
package red.cardinal.portability;
