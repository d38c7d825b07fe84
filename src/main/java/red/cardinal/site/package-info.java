/**
 * The public card page: composes a card's sections into what a visitor sees at /{slug}, and seeds the demo card.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "card", "media", "account", "contact", "design", "analytics", "wallet" })
package red.cardinal.site;
