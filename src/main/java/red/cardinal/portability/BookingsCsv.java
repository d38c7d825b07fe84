package red.cardinal.portability;

import java.util.Arrays;
import java.util.List;

import red.cardinal.booking.Booking;
import red.cardinal.shared.Csv;

/** A card's bookings as CSV, the earliest first; instants in UTC with the owner's zone beside them. */
final class BookingsCsv {

	private BookingsCsv() {
	}

	static String of(List<Booking> bookings) {
		var csv = new StringBuilder(Csv.row(List.of("start", "end", "owner_zone", "type", "status", "name", "email",
				"phone", "note", "answers", "reason", "created_at")));
		for (Booking b : bookings) {
			csv.append(Csv.row(Arrays.asList(b.start().toString(), b.end().toString(), b.ownerZone(), b.typeName(),
					b.status(), b.name(), b.email(), b.phone(), b.note(), b.answers(), b.reason(),
					b.createdAt().toString())));
		}
		return csv.toString();
	}
}
