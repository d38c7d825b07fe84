package red.cardinal.booking.web;

import java.util.List;

/** A card's bookings for the owner: one week, day by day, with what can be done to each. */
public record OwnerBookingsPage(long cardId, String cardName, String zone, String week, String previousWeek,
		String nextWeek, List<Day> days, String feedUrl, String notice) {

	public record Day(String label, List<Entry> bookings) {
	}

	public record Entry(long id, String time, String type, String name, String email, String phone, String note,
			String answers, String status, boolean pending, boolean active) {
	}

	public String base() {
		return "/dashboard/cards/" + cardId + "/bookings";
	}
}
