package red.cardinal.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A visitor's request as the counts take it, and nothing more: when, the card owner's day, the
 * visitor as that day's salted hash (null when they asked not to be tracked), the referring host, a
 * coarse device and system, the language. No address and no user agent: it can travel in an event
 * that is stored until its listeners have run.
 */
public record Visit(Instant at, LocalDate day, String visitor, String referrer, String device, String os,
		String language) {
}
