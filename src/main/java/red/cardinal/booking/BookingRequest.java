package red.cardinal.booking;

/** What a visitor sends to book: the type, the slot's start (ISO-8601 with an offset), who they are. */
public record BookingRequest(String type, String start, String name, String email, String phone, String note,
		String timeZone) {
}
