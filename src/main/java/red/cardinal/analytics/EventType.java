package red.cardinal.analytics;

import java.util.Arrays;
import java.util.Optional;

/** What happened on a card; {@code key} is how the stats API and CSV name its count. */
public enum EventType {

	VIEW("views"), VCARD("vcardDownloads"), QR("qrScans"), NFC("nfcTaps"), LINK("linkClicks"),
	WHATSAPP("whatsappTaps"), ORDER("orders"), BOOKING("bookings"), SHARE("shares"), LEAD("leads");

	private final String key;

	private final String id = name().toLowerCase(java.util.Locale.ROOT);

	EventType(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	public String id() {
		return id;
	}

	static Optional<EventType> of(String id) {
		return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
	}
}
