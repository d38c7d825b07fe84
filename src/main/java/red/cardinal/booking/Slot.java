package red.cardinal.booking;

import java.time.Instant;

/** A time a visitor may book: start and end instants. */
public record Slot(Instant start, Instant end) {
}
