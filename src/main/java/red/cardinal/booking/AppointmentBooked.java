package red.cardinal.booking;

import org.springframework.modulith.NamedInterface;

import red.cardinal.web.Visit;

/**
 * A visitor booked a slot; {@code status} is {@code pending} when the owner must approve it. The
 * visitor's mail needs the manage link's secret, so it travels here (and is stored with the event
 * only until its listeners have run); {@code visit} is null when the booking was not to be counted.
 */
@NamedInterface("events")
public record AppointmentBooked(long bookingId, long cardId, String status, String manageToken, Visit visit) {

	@Override
	public String toString() {
		// logs name events; the secret stays out of them
		return "AppointmentBooked[bookingId=" + bookingId + ", cardId=" + cardId + ", status=" + status + "]";
	}
}
