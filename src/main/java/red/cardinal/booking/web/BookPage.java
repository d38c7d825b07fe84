package red.cardinal.booking.web;

import java.util.List;

import red.cardinal.booking.BookingRequest;
import red.cardinal.design.Look;

/**
 * The booking page: the card's appointment types, a month with the days that have free times
 * marked, the chosen day's free slots in the visitor's zone, and the details form with what the
 * visitor typed (kept when something was wrong); or, for a manage link, the booking and what can be
 * done with it. {@code chooseType}: free times were asked for without a type, among several.
 */
public record BookPage(String slug, String ownerName, String ownerZone, String zone, List<String> zones,
		List<TypeOption> types, String type, String date, String dateLabel, String previousDate, String nextDate,
		MonthView month, List<SlotOption> slots, Managed managed, String action, String notice, BookingRequest kept,
		boolean chooseType, Look look) {

	public record TypeOption(String key, String name, int minutes, String location, List<String> questions) {
	}

	/** The questions of the chosen type. */
	public List<String> questions() {
		return types.stream().filter(t -> t.key().equals(type)).findFirst().map(TypeOption::questions).orElse(List.of());
	}

	/** What the visitor answered to a question, or null. */
	public String answer(int i) {
		return i < kept.answers().size() ? kept.answers().get(i) : null;
	}

	/** A free slot: its start as sent back, and as the visitor reads it. */
	public record SlotOption(String start, String label) {
	}

	/** A booking seen through its manage link. */
	public record Managed(String token, String type, String when, String ownerWhen, String status, boolean changeable,
			String location) {
	}

	/** The id of a field's input, as the error summary links to it ({@code answers[0]} → {@code f-answers-0}). */
	public static String id(String field) {
		return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
	}
}
