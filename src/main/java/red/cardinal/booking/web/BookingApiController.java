package red.cardinal.booking.web;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.account.RateLimits;
import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;
import red.cardinal.booking.Availability;
import red.cardinal.booking.Booking;
import red.cardinal.booking.BookingRequest;
import red.cardinal.booking.Bookings;
import red.cardinal.booking.Feeds;
import red.cardinal.booking.OwnerBookings;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.TooManyRequestsException;
import red.cardinal.shared.Violation;
import red.cardinal.web.PublicUrls;
import red.cardinal.web.Visit;
import red.cardinal.web.Visits;

/** Booking as JSON: a card's free slots and booking one (public), the owner's bookings, the owner's feed. */
@RestController
@Tag(name = "Bookings")
class BookingApiController {

	record SlotJson(String start, String end) {
	}

	record BookingJson(String id, String type, String typeName, String start, String end, String ownerZone,
			String visitorZone, String name, String email, String phone, String note, String answers, String status,
			String reason, Instant createdAt) {

		static BookingJson of(Booking b, ZoneId zone) {
			return new BookingJson(Long.toString(b.id()), b.typeKey(), b.typeName(),
					b.start().atZone(zone).toOffsetDateTime().toString(), b.end().atZone(zone).toOffsetDateTime().toString(),
					b.ownerZone(), b.visitorZone(), b.name(), b.email(), b.phone(), b.note(), b.answers(), b.status(), b.reason(),
					b.createdAt());
		}
	}

	record BookedJson(String id, String start, String end, String status, String manageUrl) {
	}

	private final CardManagement cards;
	private final Availability availability;
	private final Bookings bookings;
	private final OwnerBookings ownerBookings;
	private final Feeds feeds;
	private final RateLimits limits;
	private final Visits visits;
	private final PublicUrls urls;

	BookingApiController(Availability availability, CardManagement cards, Bookings bookings, OwnerBookings ownerBookings, Feeds feeds,
			RateLimits limits, PublicUrls urls, Visits visits) {
		this.availability = availability;
		this.visits = visits;
		this.cards = cards;
		this.bookings = bookings;
		this.ownerBookings = ownerBookings;
		this.feeds = feeds;
		this.limits = limits;
		this.urls = urls;
	}

	/** Free slots from one of the owner's days to another, given in the zone asked for (the owner's by default). */
	@GetMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/book/slots")
	List<SlotJson> slots(@PathVariable String slug, @RequestParam String type, @RequestParam String from,
			@RequestParam String to, @RequestParam(required = false) String tz) {
		Card card = card(slug);
		ZoneId zone = zone(tz, ZoneId.of(availability.of(card.getId()).timeZone()));
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		return bookings.slots(card, type, start, end).stream()
			.map(s -> new SlotJson(s.start().atZone(zone).toOffsetDateTime().toString(),
					s.end().atZone(zone).toOffsetDateTime().toString()))
			.toList();
	}

	/** Books a slot: 201 with the manage link; 409 when the slot is taken. */
	@PostMapping(path = "/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/book", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<BookedJson> book(@PathVariable String slug, @RequestBody BookingRequest request,
			HttpServletRequest http) {
		Card card = card(slug);
		limit(limits, http);
		var booked = bookings.book(card, request, visit(visits, card, http));
		Booking b = booked.booking();
		// the booking took the visitor's zone only once it was known to exist
		ZoneId zone = ZoneId.of(b.visitorZone() == null ? b.ownerZone() : b.visitorZone());
		String manage = urls.of("/" + slug + "/book/manage/" + booked.token());
		return ResponseEntity.created(URI.create(manage))
			.body(new BookedJson(Long.toString(b.id()), b.start().atZone(zone).toOffsetDateTime().toString(),
					b.end().atZone(zone).toOffsetDateTime().toString(), b.status(), manage));
	}

	@GetMapping("/api/v1/cards/{id}/bookings")
	List<BookingJson> list(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		ZoneId zone = ZoneId.of(availability.of(cards.get(owner.accountId(), id).getId()).timeZone() == null ? "UTC"
				: availability.of(cards.get(owner.accountId(), id).getId()).timeZone());
		Instant start = from == null ? Instant.EPOCH : date("from", from).atStartOfDay(zone).toInstant();
		Instant end = to == null ? Instant.parse("9999-12-31T00:00:00Z") : date("to", to).plusDays(1).atStartOfDay(zone).toInstant();
		return ownerBookings.list(owner.accountId(), id, start, end).stream().map(b -> BookingJson.of(b, zone)).toList();
	}

	/** The owner's feed for calendar apps; the token is the only key. */
	@GetMapping(path = "/feeds/bookings/{token}.ics", produces = "text/calendar")
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "private, max-age=300")
			.body(feeds.feed(token));
	}

	static void limit(RateLimits limits, HttpServletRequest http) {
		var attempt = limits.attempt(Limit.BOOKING, Key.ip(http));
		if (!attempt.allowed()) {
			throw new TooManyRequestsException(BookingPageController.tooMany(), attempt.retryAfter());
		}
	}

	/** What the booking's count takes from the request: taken now, counted once the booking is committed. */
	static Visit visit(Visits visits, Card card, HttpServletRequest http) {
		return visits.of(card.getId(), http).orElse(null);
	}

	private Card card(String slug) {
		return cards.findLive(slug)
			.filter(c -> availability.of(c.getId()).enabled())
			.orElseThrow(() -> new NotFoundException("Booking"));
	}

	private static LocalDate date(String field, String text) {
		LocalDate date = Days.date(text);
		if (date == null) {
			throw new InvalidInputException(Violation.of(field, "booking.date.invalid"));
		}
		return date;
	}

	private static ZoneId zone(String tz, ZoneId fallback) {
		try {
			return tz == null || tz.isBlank() ? fallback : ZoneId.of(tz.strip());
		}
		catch (DateTimeException e) {
			throw new InvalidInputException(Violation.of("tz", "booking.timeZone.invalid"));
		}
	}
}
