package red.cardinal.booking.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The screen for a card's appointment settings: the form (saved, or as just sent), what happened,
 * the weekly ranges grouped by weekday (their indexes in the form's list) and the zones to pick from.
 */
public record BookingSettingsPage(long cardId, BookingSettingsForm form, String notice, List<Day> days,
		List<String> zones) {

	/** A weekday in the visitor's language, and which of the form's ranges are on it. */
	public record Day(String day, String label, List<Integer> ranges) {
	}

	static BookingSettingsPage of(long cardId, BookingSettingsForm form, String notice, Locale locale) {
		var weekly = form.getBooking().getWeekly();
		var days = new ArrayList<Day>();
		for (DayOfWeek d : DayOfWeek.values()) {
			var ranges = IntStream.range(0, weekly.size()).filter(i -> d.name().equals(weekly.get(i).getDay())).boxed().toList();
			days.add(new Day(d.name(), label(d, locale), ranges));
		}
		return new BookingSettingsPage(cardId, form, notice, days, Zones.ALL);
	}

	/** The weekday's name, capitalised as a heading ({@code lunes} → {@code Lunes}). */
	static String label(DayOfWeek day, Locale locale) {
		String name = day.getDisplayName(TextStyle.FULL, locale);
		return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/** The id of a field's input, as the error summary links to it. */
	public static String id(String field) {
		return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-");
	}
}
