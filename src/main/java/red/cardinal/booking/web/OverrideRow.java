package red.cardinal.booking.web;

/** A date that differs from the weekly hours: closed all day, or open from one time to another. */
public class OverrideRow {

	private String date;
	private boolean closed = true;
	private String from;
	private String to;

	public OverrideRow() {
	}

	OverrideRow(String date, boolean closed, String from, String to) {
		this.date = date;
		this.closed = closed;
		this.from = from;
		this.to = to;
	}

	/** No date and no times: dropped before validation. */
	boolean blank() {
		return BookingRow.blank(date) && BookingRow.blank(from) && BookingRow.blank(to);
	}

	public String getDate() { return date; }
	public void setDate(String date) { this.date = date; }
	public boolean isClosed() { return closed; }
	public void setClosed(boolean closed) { this.closed = closed; }
	public String getFrom() { return from; }
	public void setFrom(String from) { this.from = from; }
	public String getTo() { return to; }
	public void setTo(String to) { this.to = to; }
}
