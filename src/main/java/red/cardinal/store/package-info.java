/**
 * The WhatsApp store of a card: its catalog of products, orders recorded and sent to the owner as
 * a WhatsApp message, and the owner's order list.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card", "media", "design" })
package red.cardinal.store;
