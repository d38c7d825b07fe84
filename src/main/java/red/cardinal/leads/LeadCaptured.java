package red.cardinal.leads;

import org.springframework.modulith.NamedInterface;

import red.cardinal.web.Visit;

/** A visitor shared their details from a card; {@code visit} is null when it was not to be counted. */
@NamedInterface("events")
public record LeadCaptured(long leadId, long cardId, Visit visit) {
}
