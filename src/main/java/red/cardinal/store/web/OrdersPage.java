package red.cardinal.store.web;

import java.util.List;

/** The owner's orders of one card, newest first, and their totals per day. */
public record OrdersPage(long cardId, String cardName, List<Entry> orders, List<Day> days, String notice) {

	public record Entry(long id, String number, String status, String when, String total, String customer,
			String delivery, String note, List<String> lines, List<String> next) {
	}

	public record Day(String day, int orders, String total) {
	}

	public String base() {
		return "/dashboard/cards/" + cardId + "/orders";
	}
}
