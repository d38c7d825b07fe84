/**
 * The card everywhere else: an Apple Wallet pass and a Google Wallet link of a card, signed with the
 * operator's own credentials, and the buttons that offer them on the card page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card", "media", "design" })
package red.cardinal.wallet;
