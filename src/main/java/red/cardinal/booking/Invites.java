package red.cardinal.booking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

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

	/** The owner's feed: every pending or confirmed booking, for calendar apps to subscribe to. */
	static byte[] feed(List<Booking> bookings, String ownerName, String ownerEmail, String host) {
		return write(calendar(Method.VALUE_PUBLISH, bookings.stream().map(b -> event(b, ownerName, ownerEmail, host, 0)).toList()));
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
		var organizer = new Organizer(URI.create("mailto:" + ownerEmail));
		organizer.add(new Cn(ownerName));
		event.add(organizer);
		var attendee = new Attendee(URI.create("mailto:" + b.email()));
		attendee.add(new Cn(b.name()));
		attendee.add(Role.REQ_PARTICIPANT);
		attendee.add(PartStat.ACCEPTED);
		event.add(attendee);
		return event;
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
