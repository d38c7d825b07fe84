/**
 * The card everywhere else: an Apple Wallet pass and a Google Wallet link of a card, signed with the
 * operator's own credentials, and the buttons that offer them on the card page; an email signature
 * and video-call backgrounds drawn from the card.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card", "contact",
		"media", "design" })
package red.cardinal.wallet;
