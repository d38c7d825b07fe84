package red.cardinal.booking;

import java.time.Instant;

/**
 * A booking as stored: instants in UTC with the owner's zone (and the visitor's, to write to them in it);
 * {@code answers} are the visitor's answers to the type's questions, a {@code question: answer} line each.
 */
public record Booking(long id, long cardId, String typeKey, String typeName, String location, Instant start,
		Instant end, String ownerZone, String visitorZone, String name, String email, String phone, String note,
		String status, String reason, Instant createdAt, String answers) {

	public static final String PENDING = "pending";
	public static final String CONFIRMED = "confirmed";
	public static final String DECLINED = "declined";
	public static final String CANCELLED = "cancelled";

	public boolean active() {
		return PENDING.equals(status) || CONFIRMED.equals(status);
	}
}
