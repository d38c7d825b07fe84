package red.cardinal.booking.web;

/** One range of open hours on a weekday ({@code MONDAY}), as two time inputs. */
public class WeeklyRow {

	private String day;
	private String from;
	private String to;

	public WeeklyRow() {
	}

	WeeklyRow(String day, String from, String to) {
		this.day = day;
		this.from = from;
		this.to = to;
	}

	/** Both times left empty: dropped before validation. */
	boolean blank() {
		return BookingRow.blank(from) && BookingRow.blank(to);
	}

	public String getDay() { return day; }
	public void setDay(String day) { this.day = day; }
	public String getFrom() { return from; }
	public void setFrom(String from) { this.from = from; }
	public String getTo() { return to; }
	public void setTo(String to) { this.to = to; }
}
