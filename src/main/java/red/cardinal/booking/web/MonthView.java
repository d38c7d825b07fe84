package red.cardinal.booking.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A month of the visitor's dates as weeks (starting on the locale's first weekday), the days with
 * free times marked, with links to the months before and after while they are within reach.
 */
public record MonthView(String label, String previous, String next, List<String> weekdays, List<List<Cell>> weeks,
		boolean any) {

	/** A date of the month (number 0: a blank before the first or after the last), and its link. */
	public record Cell(int number, String date, String label, boolean free, boolean selected, String href) {
	}

	/**
	 * @param link the page's address for a query (without its {@code date} or {@code month})
	 * @param first the earliest month shown, {@code last} the latest (the booking horizon's)
	 */
	static MonthView of(YearMonth month, YearMonth first, YearMonth last, Set<LocalDate> free, LocalDate selected,
			String link, Locale locale) {
		DayOfWeek firstDay = WeekFields.of(locale).getFirstDayOfWeek();
		var weekdays = new ArrayList<String>();
		for (int i = 0; i < 7; i++) {
			weekdays.add(firstDay.plus(i).getDisplayName(TextStyle.SHORT, locale));
		}
		var format = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
		var weeks = new ArrayList<List<Cell>>();
		var week = new ArrayList<Cell>();
		int blanks = (month.atDay(1).getDayOfWeek().getValue() - firstDay.getValue() + 7) % 7;
		for (int i = 0; i < blanks; i++) {
			week.add(new Cell(0, null, null, false, false, null));
		}
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate date = month.atDay(d);
			boolean isFree = free.contains(date);
			week.add(new Cell(d, date.toString(), format.format(date), isFree, date.equals(selected),
					link + "&date=" + date));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(new Cell(0, null, null, false, false, null));
			}
			weeks.add(week);
		}
		String label = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
		label = label.substring(0, 1).toUpperCase(locale) + label.substring(1);
		return new MonthView(label, month.isAfter(first) ? link + "&month=" + month.minusMonths(1) : null,
				month.isBefore(last) ? link + "&month=" + month.plusMonths(1) : null, weekdays, weeks, !free.isEmpty());
	}
}
