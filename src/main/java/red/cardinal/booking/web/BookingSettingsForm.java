package red.cardinal.booking.web;

/** The appointment settings screen's form: the settings, and the card's version they were read at. */
public class BookingSettingsForm {

	private BookingRow booking = new BookingRow();
	private String version;

	public BookingRow getBooking() { return booking; }
	public void setBooking(BookingRow booking) { this.booking = booking; }
	public String getVersion() { return version; }
	public void setVersion(String version) { this.version = version; }
}
