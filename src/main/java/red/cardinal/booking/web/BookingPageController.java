package red.cardinal.booking.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.RateLimits;
import red.cardinal.booking.Availability;
import red.cardinal.booking.Booking;
import red.cardinal.booking.BookingRequest;
import red.cardinal.booking.Bookings;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;
import red.cardinal.web.ContentSecurityPolicy;
import red.cardinal.web.Ui;
import red.cardinal.web.Visits;

/**
 * Booking without JavaScript: pick a type, a day and a free slot (shown in the visitor's zone,
 * {@code tz}), enter who you are, get a confirmation with a manage link to cancel or move it.
 */
@Controller
class BookingPageController {

	private final CardManagement cards;
	private final Availability availability;
	private final Bookings bookings;
	private final RateLimits limits;
	private final Visits visits;
	private final BookPages pages;

	BookingPageController(Availability availability, CardManagement cards, Bookings bookings, RateLimits limits, Visits visits,
			BookPages pages) {
		this.availability = availability;
		this.pages = pages;
		this.visits = visits;
		this.cards = cards;
		this.bookings = bookings;
		this.limits = limits;
	}

	@GetMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/book")
	String page(@PathVariable String slug, @RequestParam(required = false) String type,
			@RequestParam(required = false) String date, @RequestParam(required = false) String month,
			@RequestParam(required = false) String tz, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		Card card = card(slug);
		model.addAttribute("page", styled(response, pages.page(card, new BookPages.Query(type, date, month, tz), null, null, null, ui)));
		return "booking/book";
	}

	/** A refused booking shows the same day and slot again with every field as typed, the errors beside them. */
	@PostMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/book")
	String book(@PathVariable String slug, BookingRequest request, @RequestParam(required = false) String date,
			@ModelAttribute("ui") Ui ui, Model model, HttpServletRequest http, HttpServletResponse response) {
		Card card = card(slug);
		try {
			BookingApiController.limit(limits, http);
			var booked = bookings.book(card, request, BookingApiController.visit(visits, card, http));
			return "redirect:/" + slug + "/book/manage/" + booked.token() + "?new";
		}
		catch (InvalidInputException | ConflictException e) {
			Ui refused = refused(e, ui, model, response);
			String day = date != null ? date
					: request.start() == null || request.start().length() < 10 ? null : request.start().substring(0, 10);
			model.addAttribute("page", styled(response, pages.page(card, new BookPages.Query(request.type() == null ? "" : request.type(), day,
					null, request.timeZone()), null, null, request, refused)));
			return "booking/book";
		}
	}

	/** The page in the card's own design: its style sheet inlined, allowed by its hash. */
	private static BookPage styled(HttpServletResponse response, BookPage page) {
		response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.allowingStyle(page.look().css()));
		return page;
	}

	private static Ui refused(RuntimeException e, Ui ui, Model model, HttpServletResponse response) {
		var violations = e instanceof InvalidInputException invalid ? invalid.violations()
				: List.of(((ConflictException) e).violation());
		response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
		Ui refused = ui.withErrors(violations);
		model.addAttribute("ui", refused);
		return refused;
	}

	@GetMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/book/manage/{token}")
	String manage(@PathVariable String slug, @PathVariable String token, @RequestParam(required = false) String date,
			@RequestParam(required = false) String month, @RequestParam(required = false) String tz, @RequestParam(required = false) String done,
			@RequestParam(name = "new", required = false) String created, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		Booking booking = bookings.byToken(token);
		Card card = card(slug);
		if (booking.cardId() != card.getId()) {
			throw new NotFoundException("Booking");
		}
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		String notice = created != null ? "book.notice." + booking.status() : done != null ? "book.notice." + done : null;
		String zone = tz == null ? booking.visitorZone() : tz;
		model.addAttribute("page", styled(response, pages.page(card, new BookPages.Query(booking.typeKey(), date, month, zone),
				managed(token, booking, zone, ui), notice, null, ui)));
		return "booking/book";
	}

	@PostMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/book/manage/{token}/{action:cancel|reschedule}")
	String change(@PathVariable String slug, @PathVariable String token, @PathVariable String action,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String start,
			@RequestParam(required = false) String timeZone, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		try {
			if ("cancel".equals(action)) {
				bookings.cancelByVisitor(token, reason);
			}
			else {
				bookings.reschedule(token, start);
			}
			return "redirect:/" + slug + "/book/manage/" + token + "?done=" + action;
		}
		catch (InvalidInputException | ConflictException e) {
			Ui refused = refused(e, ui, model, response);
			Booking booking = bookings.byToken(token);
			String day = start == null || start.length() < 10 ? null : start.substring(0, 10);
			model.addAttribute("page", styled(response, pages.page(card(slug), new BookPages.Query(booking.typeKey(), day, null, timeZone),
					managed(token, booking, timeZone, refused), null, null, refused)));
			return "booking/book";
		}
	}

	private static BookPage.Managed managed(String token, Booking b, String tz, Ui ui) {
		ZoneId zone = BookPages.zone(tz, ZoneId.of(b.ownerZone()));
		var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(ui.locale());
		return new BookPage.Managed(token, b.typeName(), format.format(b.start().atZone(zone)) + " (" + zone.getId() + ")",
				format.format(b.start().atZone(ZoneId.of(b.ownerZone()))) + " (" + b.ownerZone() + ")", b.status(),
				b.active() && b.start().isAfter(java.time.Instant.now()), b.location());
	}

	private Card card(String slug) {
		return cards.findLive(slug)
			.filter(c -> availability.of(c.getId()).enabled())
			.orElseThrow(() -> new NotFoundException("Booking"));
	}

	static Violation tooMany() {
		return Violation.of("start", "booking.tooMany");
	}
}
