/**
 * The card where people already are: an email signature and video-call backgrounds drawn from it
 * (and, from another branch, wallet passes).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card", "contact",
		"design" })
package red.cardinal.wallet;
