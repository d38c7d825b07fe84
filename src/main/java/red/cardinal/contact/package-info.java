/**
 * Contact exchange: the card as a vCard (export and import), its QR codes, and sharing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "card", "media", "account", "analytics" })
package red.cardinal.contact;
