package red.cardinal.booking.web;

import java.time.ZoneId;
import java.util.List;

/** The IANA zones a visitor can pick from, by name. */
final class Zones {

	static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
		.filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
		.sorted()
		.toList();

	private Zones() {
	}
}
