package red.cardinal.booking;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** The visitor moved their booking to another slot; {@code status} is what it has there. */
@NamedInterface("events")
public record AppointmentMoved(long bookingId, long cardId, Instant start, String status) {
}
