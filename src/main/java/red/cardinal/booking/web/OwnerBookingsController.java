package red.cardinal.booking.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.booking.Availability;
import red.cardinal.booking.Booking;
import red.cardinal.booking.OwnerBookings;
import red.cardinal.booking.Feeds;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.web.PublicUrls;
import red.cardinal.web.Ui;

/** The owner's week of bookings: confirm, decline or cancel with a reason, block time, the calendar feed. */
@Controller
class OwnerBookingsController {

	private final OwnerBookings bookings;
	private final Feeds feeds;
	private final CardManagement cards;
	private final Availability availability;
	private final PublicUrls urls;

	OwnerBookingsController(Availability availability, OwnerBookings bookings, Feeds feeds, CardManagement cards, PublicUrls urls) {
		this.availability = availability;
		this.bookings = bookings;
		this.feeds = feeds;
		this.cards = cards;
		this.urls = urls;
	}

	/** Where older mails sent owners: one card's bookings, or the cards to choose from. */
	@GetMapping("/dashboard/bookings")
	String anyCard(@AuthenticationPrincipal AccountPrincipal owner) {
		var mine = cards.list(owner.accountId());
		return mine.size() == 1 ? "redirect:/dashboard/cards/" + mine.get(0).getId() + "/bookings" : "redirect:/dashboard";
	}

	@GetMapping("/dashboard/cards/{id}/bookings")
	String week(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String week, @RequestParam(required = false) String notice,
			@ModelAttribute("ui") Ui ui, Model model) {
		model.addAttribute("page", page(owner.accountId(), id, week, null, notice, ui));
		return "booking/owner";
	}

	@PostMapping("/dashboard/cards/{id}/bookings/{bookingId}/{status:confirmed|declined|cancelled}")
	String decide(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @PathVariable long bookingId,
			@PathVariable String status, @RequestParam(required = false) String reason) {
		bookings.decide(owner.accountId(), id, bookingId, status, reason);
		return "redirect:/dashboard/cards/" + id + "/bookings?notice=" + status;
	}

	/** Blocks time given as local date-times in the owner's zone. */
	@PostMapping("/dashboard/cards/{id}/bookings/block")
	String block(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @RequestParam String start,
			@RequestParam String end, @RequestParam(required = false) String reason, @ModelAttribute("ui") Ui ui,
			Model model, HttpServletResponse response) {
		ZoneId zone = ZoneId.of(availability.of(cards.get(owner.accountId(), id).getId()).timeZone());
		try {
			bookings.block(owner.accountId(), id, local("start", start).atZone(zone).toInstant(),
					local("end", end).atZone(zone).toInstant(), reason);
			return "redirect:/dashboard/cards/" + id + "/bookings?notice=blocked";
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			Ui refused = ui.withErrors(e.violations());
			model.addAttribute("ui", refused);
			model.addAttribute("page", page(owner.accountId(), id, null, null, null, refused));
			return "booking/owner";
		}
	}

	@PostMapping("/dashboard/cards/{id}/bookings/feed")
	String feed(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @ModelAttribute("ui") Ui ui,
			Model model) {
		String token = feeds.renew(owner.accountId(), id);
		model.addAttribute("page", page(owner.accountId(), id, null, urls.of("/feeds/bookings/" + token + ".ics"), "feed", ui));
		return "booking/owner";
	}

	private OwnerBookingsPage page(long owner, long cardId, String week, String feedUrl, String notice, Ui ui) {
		var card = cards.get(owner, cardId);
		String zoneId = availability.of(card.getId()).timeZone();
		ZoneId zone = ZoneId.of(zoneId == null ? "UTC" : zoneId);
		// without a week asked for, the one of the next booking (today's when none is coming)
		LocalDate monday = monday(week != null ? week
				: bookings.next(owner, cardId, Instant.now())
					.map(b -> LocalDate.ofInstant(b.start(), zone).toString())
					.orElse(null), zone);
		var list = bookings.list(owner, cardId, monday.atStartOfDay(zone).toInstant(), monday.plusDays(7).atStartOfDay(zone).toInstant());
		var days = new ArrayList<OwnerBookingsPage.Day>();
		var dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(ui.locale());
		var timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(ui.locale());
		for (int i = 0; i < 7; i++) {
			LocalDate day = monday.plusDays(i);
			var entries = list.stream().filter(b -> LocalDate.ofInstant(b.start(), zone).equals(day))
				.map(b -> new OwnerBookingsPage.Entry(b.id(), timeFormat.format(b.start().atZone(zone)) + "–"
						+ timeFormat.format(b.end().atZone(zone)), b.typeName(), b.name(), b.email(), b.phone(), b.note(),
						b.answers(), b.status(), Booking.PENDING.equals(b.status()), b.active()))
				.toList();
			days.add(new OwnerBookingsPage.Day(dayFormat.format(day), entries));
		}
		return new OwnerBookingsPage(cardId, card.displayName(), zone.getId(), monday.toString(),
				monday.minusWeeks(1).toString(), monday.plusWeeks(1).toString(), days, feedUrl, notice);
	}

	private static LocalDate monday(String week, ZoneId zone) {
		LocalDate day = Days.date(week);
		if (day == null) {
			day = LocalDate.now(zone);
		}
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static LocalDateTime local(String field, String text) {
		LocalDateTime local = Days.localTime(text);
		if (local == null) {
			throw new InvalidInputException(Violation.of(field, "booking.start.invalid"));
		}
		return local;
	}
}
