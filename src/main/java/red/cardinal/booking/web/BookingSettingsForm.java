package red.cardinal.booking.web;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The appointment settings screen's form: the settings, and the card's version they were read at.
 * Row buttons ({@code add:weekly:MONDAY}, {@code remove:weekly:2}, {@code add:overrides},
 * {@code add:types}, {@code add:questions:0}, {@code remove:questions:0:1}) change it without
 * saving, so the screen works without JavaScript. Each list grows at most to what validation takes.
 */
public class BookingSettingsForm {

	static final int MAX_RANGES_PER_DAY = 12;
	static final int MAX_OVERRIDES = 200;
	static final int MAX_TYPES = 20;
	static final int MAX_QUESTIONS = 5;

	private BookingRow booking = new BookingRow();
	private String version;

	void apply(String action) {
		String[] parts = action.split(":", 4);
		String what = parts[0] + ":" + (parts.length > 1 ? parts[1] : "");
		String arg = parts.length > 2 ? parts[2] : "";
		int i = index(arg);
		switch (what) {
			case "add:weekly" -> addRange(arg);
			case "remove:weekly" -> remove(booking.getWeekly(), i);
			case "add:overrides" -> {
				if (booking.getOverrides().size() < MAX_OVERRIDES) {
					booking.getOverrides().add(new OverrideRow("", true, "", ""));
				}
			}
			case "remove:overrides" -> remove(booking.getOverrides(), i);
			case "add:types" -> {
				if (booking.getTypes().size() < MAX_TYPES) {
					booking.getTypes().add(new TypeRow(null, "", "30", null, List.of()));
				}
			}
			case "remove:types" -> remove(booking.getTypes(), i);
			case "add:questions" -> {
				if (i >= 0 && i < booking.getTypes().size() && booking.getTypes().get(i).getQuestions().size() < MAX_QUESTIONS) {
					booking.getTypes().get(i).getQuestions().add("");
				}
			}
			case "remove:questions" -> {
				if (i >= 0 && i < booking.getTypes().size()) {
					remove(booking.getTypes().get(i).getQuestions(), index(parts.length > 3 ? parts[3] : ""));
				}
			}
			default -> {
			}
		}
	}

	/** A weekday's first range is 09:00-17:00; a further one starts empty. */
	private void addRange(String day) {
		DayOfWeek weekday;
		try {
			weekday = DayOfWeek.valueOf(day);
		}
		catch (IllegalArgumentException e) {
			return;
		}
		long ranges = booking.getWeekly().stream().filter(w -> weekday.name().equals(w.getDay())).count();
		if (ranges < MAX_RANGES_PER_DAY) {
			booking.getWeekly().add(ranges == 0 ? new WeeklyRow(weekday.name(), "09:00", "17:00")
					: new WeeklyRow(weekday.name(), "", ""));
		}
	}

	private static void remove(List<?> list, int i) {
		if (i >= 0 && i < list.size()) {
			list.remove(i);
		}
	}

	private static int index(String text) {
		return text.matches("\\d{1,3}") ? Integer.parseInt(text) : -1;
	}

	public BookingRow getBooking() { return booking; }
	public void setBooking(BookingRow booking) { this.booking = booking; }
	public String getVersion() { return version; }
	public void setVersion(String version) { this.version = version; }
}
