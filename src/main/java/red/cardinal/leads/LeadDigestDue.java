package red.cardinal.leads;

import java.time.Instant;

/** A card's daily mail of new leads is due, for the leads captured from {@code from} until {@code to}. */
public record LeadDigestDue(long cardId, Instant from, Instant to) {
}
