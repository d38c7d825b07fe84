package red.cardinal.store;

import org.springframework.modulith.NamedInterface;

import red.cardinal.web.Visit;

/** A visitor placed an order; {@code visit} is null when it was not to be counted. */
@NamedInterface("events")
public record OrderPlaced(long orderId, long cardId, String number, Visit visit) {
}
