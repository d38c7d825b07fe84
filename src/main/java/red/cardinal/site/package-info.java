/**
 * The public card page: composes a card's sections into what a visitor sees at /{slug}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "card", "media" })
package red.cardinal.site;
