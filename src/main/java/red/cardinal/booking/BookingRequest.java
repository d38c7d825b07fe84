package red.cardinal.booking;

import java.util.List;

/** What a visitor sends to book: the type, the slot's start (ISO-8601 with an offset), who they are, their answers in the type's order. */
public record BookingRequest(String type, String start, String name, String email, String phone, String note,
		String timeZone, List<String> answers) {

	public BookingRequest {
		answers = answers == null ? List.of() : answers;
	}

	public BookingRequest(String type, String start, String name, String email, String phone, String note,
			String timeZone) {
		this(type, start, name, email, phone, note, timeZone, null);
	}
}
