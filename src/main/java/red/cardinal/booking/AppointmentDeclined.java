package red.cardinal.booking;

import org.springframework.modulith.NamedInterface;

/** The owner turned down a pending booking; its time is free again. */
@NamedInterface("events")
public record AppointmentDeclined(long bookingId, long cardId) {
}
