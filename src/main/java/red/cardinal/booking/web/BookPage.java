package red.cardinal.booking.web;

import java.util.List;

/**
 * The booking page: the card's appointment types, the chosen day's free slots in the visitor's
 * zone, and the details form; or, for a manage link, the booking and what can be done with it.
 */
public record BookPage(String slug, String ownerName, String ownerZone, String zone, List<String> zones,
		List<TypeOption> types, String type, String date, String previousDate, String nextDate, List<SlotOption> slots,
		Managed managed, String action, String notice) {

	public record TypeOption(String key, String name, int minutes, String location, List<String> questions) {
	}

	/** The questions of the chosen type. */
	public List<String> questions() {
		return types.stream().filter(t -> t.key().equals(type)).findFirst().map(TypeOption::questions).orElse(List.of());
	}

	/** A free slot: its start as sent back, and as the visitor reads it. */
	public record SlotOption(String start, String label) {
	}

	/** A booking seen through its manage link. */
	public record Managed(String token, String type, String when, String ownerWhen, String status, boolean changeable,
			String location) {
	}
}
