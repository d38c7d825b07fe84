/**
 * How a card looks: built-in themes, self-hosted font pairings, colours with their contrast check,
 * the CSS generated from a design, and the brand designs an owner reuses across cards.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account" })
package red.cardinal.design;
