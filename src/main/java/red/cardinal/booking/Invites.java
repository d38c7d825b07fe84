package red.cardinal.booking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

/**
 * Calendar files for bookings (ical4j): an invite ({@code METHOD:REQUEST}), a cancellation
 * ({@code METHOD:CANCEL}) and the owner's feed. Times are written as UTC instants, which every
 * calendar app reads the same; the UID stays the booking's, so a moved booking updates in place.
 */
final class Invites {

	private static final Logger log = LoggerFactory.getLogger(Invites.class);

	/** Bookings already reported as left out of a feed: calendar apps poll often, the log says it once. */
	private static final Set<Long> reported = ConcurrentHashMap.newKeySet();

	private Invites() {
	}

	static byte[] request(Booking b, String ownerName, String ownerEmail, String host, int sequence) {
		return write(calendar(Method.VALUE_REQUEST, List.of(event(b, ownerName, ownerEmail, host, sequence))));
	}

	static byte[] cancel(Booking b, String ownerName, String ownerEmail, String host, int sequence) {
		VEvent event = event(b, ownerName, ownerEmail, host, sequence);
		event.replace(new Status(Status.VALUE_CANCELLED));
		return write(calendar(Method.VALUE_CANCEL, List.of(event)));
	}

	/**
	 * The owner's feed: every pending or confirmed booking, for calendar apps to subscribe to. A
	 * booking whose event cannot be built (a row stored before today's checks) is left out and
	 * logged, rather than taking the whole feed down.
	 */
	static byte[] feed(List<Booking> bookings, String ownerName, String ownerEmail, String host) {
		var events = new ArrayList<VEvent>(bookings.size());
		for (Booking b : bookings) {
			try {
				events.add(event(b, ownerName, ownerEmail, host, 0));
			}
			catch (RuntimeException e) {
				if (reported.size() < 10_000 && reported.add(b.id())) {
					log.warn("Booking {} left out of its card's calendar feed: {}", b.id(), e.toString());
				}
			}
		}
		return write(calendar(Method.VALUE_PUBLISH, events));
	}

	private static Calendar calendar(String method, List<VEvent> events) {
		var calendar = new Calendar().withProdId("-//Cardinal//Bookings//EN")
			.withDefaults()
			.withProperty(new Method(method))
			.getFluentTarget();
		events.forEach(calendar::add);
		return calendar;
	}

	private static VEvent event(Booking b, String ownerName, String ownerEmail, String host, int sequence) {
		var event = new VEvent(b.start(), b.end(), b.typeName() + " · " + ownerName + " / " + b.name());
		event.add(new Uid("booking-" + b.id() + "@" + host));
		event.add(new Sequence(sequence));
		event.add(new Status(Booking.CONFIRMED.equals(b.status()) ? Status.VALUE_CONFIRMED : Status.VALUE_TENTATIVE));
		if (b.location() != null) {
			event.add(new Location(b.location()));
		}
		if (b.note() != null) {
			event.add(new Description(b.note()));
		}
		var organizer = new Organizer(mailto(ownerEmail));
		organizer.add(new Cn(ownerName));
		event.add(organizer);
		var attendee = new Attendee(mailto(b.email()));
		attendee.add(new Cn(b.name()));
		attendee.add(Role.REQ_PARTICIPANT);
		attendee.add(PartStat.ACCEPTED);
		event.add(attendee);
		return event;
	}

	/**
	 * A {@code mailto:} URI of the address; what a URI cannot hold as it is (an address stored before
	 * today's checks, such as {@code a"b<c>@example.com}) is percent-encoded, as RFC 6068 says.
	 */
	static URI mailto(String address) {
		try {
			return new URI("mailto", address, null);
		}
		catch (URISyntaxException e) {
			throw new IllegalArgumentException("Not an address a calendar can hold: " + e.getMessage(), e);
		}
	}

	private static byte[] write(Calendar calendar) {
		var out = new ByteArrayOutputStream();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
