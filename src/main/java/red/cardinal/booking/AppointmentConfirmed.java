package red.cardinal.booking;

import org.springframework.modulith.NamedInterface;

/** The owner approved a pending booking. */
@NamedInterface("events")
public record AppointmentConfirmed(long bookingId, long cardId) {
}
