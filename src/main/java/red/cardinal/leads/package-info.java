/**
 * Lead capture, a section of cards: visitors share their details back with consent, and the owner
 * works them in a leads inbox (status, notes, tags, vCard, CSV, erasure, retention).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "card" })
package red.cardinal.leads;
