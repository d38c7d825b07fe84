/**
 * The Card aggregate (contact details, links, services), its editor and its JSON API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "media", "design" })
package red.cardinal.card;
