package red.cardinal.booking.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import red.cardinal.booking.Availability;
import red.cardinal.booking.BookingRequest;
import red.cardinal.booking.BookingSettings;
import red.cardinal.booking.Bookings;
import red.cardinal.card.Card;
import red.cardinal.design.DesignStyles;
import red.cardinal.web.Ui;

/**
 * Builds the booking page in the visitor's zone: the month of the chosen day (months from this one
 * to the horizon's, one query of bookings for the month), and that day's free times.
 */
@Component
class BookPages {

	private static final BookingRequest NOTHING = new BookingRequest(null, null, null, null, null, null, null);

	private final Availability availability;
	private final Bookings bookings;

	private final DesignStyles styles;

	BookPages(Availability availability, Bookings bookings, DesignStyles styles) {
		this.styles = styles;
		this.availability = availability;
		this.bookings = bookings;
	}

	/** What a visitor asked for: a type (given, maybe blank), a day or a month ({@code YYYY-MM}), a zone. */
	record Query(String type, String date, String month, String tz) {
	}

	BookPage page(Card card, Query query, BookPage.Managed managed, String notice, BookingRequest kept, Ui ui) {
		BookingSettings settings = availability.of(card.getId());
		ZoneId ownerZone = ZoneId.of(settings.timeZone());
		ZoneId zone = zone(query.tz(), ownerZone);
		var types = settings.types().stream()
			.map(t -> new BookPage.TypeOption(t.key(), t.name(), t.minutes(), t.location(), t.questions()))
			.toList();
		String type = query.type() != null && settings.type(query.type()) != null ? query.type()
				: types.size() == 1 ? types.get(0).key() : null;
		boolean chooseType = type == null && query.type() != null;
		LocalDate today = LocalDate.now(zone);
		YearMonth first = YearMonth.from(today);
		YearMonth last = YearMonth.from(LocalDate.now(ownerZone).plusDays(settings.horizonDays()));
		LocalDate day = Days.date(query.date());
		YearMonth month = clamp(day != null ? YearMonth.from(day) : month(query.month(), first), first, last);
		MonthView view = null;
		List<BookPage.SlotOption> slots = List.of();
		if (type != null) {
			Set<LocalDate> free = bookings.freeDays(card, type, month.atDay(1), month.atEndOfMonth(), zone);
			if (day == null) {
				day = free.isEmpty() ? (month.equals(first) ? today : month.atDay(1)) : free.iterator().next();
			}
			String link = "?type=" + type + "&tz=" + URLEncoder.encode(zone.getId(), StandardCharsets.UTF_8);
			view = MonthView.of(month, first, last, free, day, link, ui.locale());
			slots = slots(card, type, day, zone, ownerZone, ui);
		}
		day = day == null ? today : day;
		String action = managed == null ? "/" + card.getSlug() + "/book"
				: "/" + card.getSlug() + "/book/manage/" + managed.token() + "/reschedule";
		String dateLabel = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(ui.locale()).format(day);
		return new BookPage(card.getSlug(), card.displayName(), ownerZone.getId(), zone.getId(), Zones.ALL, types, type,
				day.toString(), dateLabel, day.minusDays(1).toString(), day.plusDays(1).toString(), view, slots, managed,
				action, notice, kept == null ? NOTHING : kept, chooseType, styles.look(card.getDesign(), null));
	}

	/** The free slots that start on a visitor's date: those of the owner's days around it. */
	private List<BookPage.SlotOption> slots(Card card, String type, LocalDate day, ZoneId zone, ZoneId ownerZone, Ui ui) {
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(ui.locale());
		return bookings.slots(card, type, day.minusDays(1), day.plusDays(1)).stream()
			.filter(s -> LocalDate.ofInstant(s.start(), zone).equals(day))
			.map(s -> new BookPage.SlotOption(s.start().atZone(zone).toOffsetDateTime().toString(),
					time.format(s.start().atZone(zone)) + (zone.equals(ownerZone) ? ""
							: " (" + time.format(s.start().atZone(ownerZone)) + " " + ui.t("book.ownerTime") + ")")))
			.toList();
	}

	private static YearMonth month(String text, YearMonth fallback) {
		LocalDate first = text == null || text.length() != 7 ? null : Days.date(text + "-01");
		return first == null ? fallback : YearMonth.from(first);
	}

	private static YearMonth clamp(YearMonth month, YearMonth first, YearMonth last) {
		return month.isBefore(first) ? first : month.isAfter(last) ? last : month;
	}

	static ZoneId zone(String tz, ZoneId fallback) {
		try {
			return tz == null || tz.isBlank() ? fallback : ZoneId.of(tz.strip());
		}
		catch (DateTimeException e) {
			return fallback;
		}
	}
}
