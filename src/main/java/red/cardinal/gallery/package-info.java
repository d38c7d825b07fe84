/**
 * A card's gallery, a section of cards: images from the owner's uploads and YouTube or Vimeo videos,
 * in the owner's order, shown on the card's page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card", "media" })
package red.cardinal.gallery;
