package red.cardinal.booking;

import org.springframework.modulith.NamedInterface;

/** A booking was cancelled, by the visitor through their manage link or by the owner; its time is free again. */
@NamedInterface("events")
public record AppointmentCancelled(long bookingId, long cardId, boolean byVisitor) {
}
