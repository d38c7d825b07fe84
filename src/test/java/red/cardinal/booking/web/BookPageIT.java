package red.cardinal.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.TestEvents;
import red.cardinal.TestMail;
import red.cardinal.account.RateLimits;
import red.cardinal.booking.BookingRequest;
import red.cardinal.booking.BookingSettings;
import red.cardinal.booking.Bookings;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;

/**
 * The visitor's booking page: a month with the days that have free times marked (as the slots fall
 * in the visitor's zone), within the horizon; a refused booking keeps what was typed and the slot.
 */
@SpringBootTest(properties = "cardinal.base-url=https://cards.example")
@AutoConfigureMockMvc
class BookPageIT {

	@RegisterExtension
	static final TestMail smtp = new TestMail();

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final Pattern FREE = Pattern.compile("class=\"free\"[^>]*data-date=\"(\\d{4}-\\d{2}-\\d{2})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Bookings bookings;

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcClient jdbc;

	long owner;

	@BeforeEach
	void owner() {
		limits.reset();
		owner = accounts.create().id();
	}

	@AfterEach
	void mailsSent() {
		TestEvents.awaitListeners(jdbc);
	}

	/** Weekdays 09:00-12:00 and 22:00-23:00 in Berlin, one booking a day at most, 40 days ahead. */
	Card card(String suffix, BookingSettings.Type... types) {
		var weekly = new ArrayList<BookingSettings.Weekly>();
		for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
			weekly.add(new BookingSettings.Weekly(d, "09:00", "12:00"));
			weekly.add(new BookingSettings.Weekly(d, "22:00", "23:00"));
		}
		var settings = new BookingSettings(true, "Europe/Berlin", false, 0, 0, 0, 40, 1, weekly, List.of(),
				types.length == 0 ? List.of(CALL) : List.of(types));
		return cards.create(owner, TestCards.person("month-" + owner + suffix, "Ana", "García").build(),
				TestCards.sections("booking", settings), Locale.ENGLISH);
	}

	static final BookingSettings.Type CALL = new BookingSettings.Type("call", "Call", 60, null);

	Set<LocalDate> marked(String html) {
		var days = new TreeSet<LocalDate>();
		FREE.matcher(html).results().forEach(m -> days.add(LocalDate.parse(m.group(1))));
		return days;
	}

	String page(Card card, String... params) throws Exception {
		var get = get("/" + card.getSlug() + "/book");
		for (int i = 0; i < params.length; i += 2) {
			get.param(params[i], params[i + 1]);
		}
		return mvc.perform(get).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void marksTheDaysWhoseFreeSlotsFallOnThemInTheVisitorsZoneMonthByMonthWithinTheHorizon() throws Exception {
		Card card = card("");
		LocalDate firstFree = bookings.slots(card, "call", LocalDate.now(BERLIN), LocalDate.now(BERLIN).plusDays(10)).get(0)
			.start().atZone(BERLIN).toLocalDate();
		// a booking fills its day (the daily maximum is one)
		var start = firstFree.plusDays(7).atTime(9, 0).atZone(BERLIN);
		if (start.getDayOfWeek().getValue() <= 5) {
			bookings.book(card, new BookingRequest("call", start.toOffsetDateTime().toString(), "Kim", "kim@example.com",
					null, null, "Europe/Berlin"));
		}
		for (String zone : List.of("Europe/Berlin", "Asia/Tokyo")) {
			ZoneId in = ZoneId.of(zone);
			YearMonth month = YearMonth.now(in);
			YearMonth last = YearMonth.from(LocalDate.now(BERLIN).plusDays(40));
			for (int i = 0; !month.isAfter(last); i++, month = month.plusMonths(1)) {
				String html = page(card, "type", "call", "tz", zone, "month", month.toString());
				var expected = new TreeSet<LocalDate>();
				bookings.slots(card, "call", month.atDay(1).minusDays(1), month.atEndOfMonth().plusDays(1))
					.forEach(s -> expected.add(s.start().atZone(in).toLocalDate()));
				final YearMonth shown = month;
				expected.removeIf(d -> !YearMonth.from(d).equals(shown));
				assertThat(marked(html)).as(zone + " " + month).isEqualTo(expected);
				assertThat(html.contains("book.month.previous") || html.contains("← Previous month")).isEqualTo(i > 0);
				assertThat(html.contains("Next month →")).isEqualTo(month.isBefore(last));
			}
		}
		if (start.getDayOfWeek().getValue() <= 5) {
			assertThat(marked(page(card, "type", "call", "tz", "Europe/Berlin", "month", YearMonth.from(start).toString())))
				.doesNotContain(start.toLocalDate());
		}
		// months out of reach show the nearest within it; nonsense is this month
		assertThat(page(card, "type", "call", "month", "2099-01")).contains(">" + monthLabel(YearMonth.from(LocalDate.now(BERLIN).plusDays(40))) + "<");
		assertThat(page(card, "type", "call", "month", "2020-01")).contains(">" + monthLabel(YearMonth.now(BERLIN)) + "<");
		assertThat(page(card, "type", "call", "month", "+99999-1")).contains(">" + monthLabel(YearMonth.now(BERLIN)) + "<");
	}

	static String monthLabel(YearMonth month) {
		return monthLabel(month, Locale.ENGLISH);
	}

	static String monthLabel(YearMonth month, Locale locale) {
		String label = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
		return label.substring(0, 1).toUpperCase(locale) + label.substring(1);
	}

	@Test
	void takesTheCardsDesignWithItsStyleAllowedByHash() throws Exception {
		Card plain = card("-look");
		var d = red.cardinal.card.CardDetails.of(plain);
		var bold = new red.cardinal.design.Design("bold", d.design().colors(), d.design().font(), null, "circle", "pill",
				"dark", d.design().sections());
		cards.update(owner, plain.getId(), d.toBuilder().design(bold).build(), Locale.ENGLISH);
		var response = mvc.perform(get("/" + plain.getSlug() + "/book"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<body class=\"t-bold\">"), containsString("<style>"))))
			.andReturn().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("style-src 'self' 'sha256-");
	}

	@Test
	void showsTheMonthAndItsMessagesInSpanish() throws Exception {
		Card two = card("-es", CALL, new BookingSettings.Type("visit", "Visita", 30, null));
		Locale es = Locale.forLanguageTag("es");
		String chosen = mvc.perform(get("/" + two.getSlug() + "/book").param("type", "visit").param("tz", "Europe/Madrid")
			.locale(es)).andReturn().getResponse().getContentAsString();
		assertThat(chosen).contains(">" + monthLabel(YearMonth.now(ZoneId.of("Europe/Madrid")), es) + "<", ">lun<",
				"Mes siguiente →", "con horas libres");
		String none = mvc.perform(get("/" + two.getSlug() + "/book").param("type", "").locale(es))
			.andReturn().getResponse().getContentAsString();
		assertThat(none).contains("Elige para qué es la cita y pulsa Ver horas libres.");
	}

	@Test
	void showsThePickedDaysTimesAndOpensOnTheFirstDayWithSome() throws Exception {
		Card card = card("");
		var slots = bookings.slots(card, "call", LocalDate.now(BERLIN), LocalDate.now(BERLIN).plusDays(10));
		LocalDate first = slots.get(0).start().atZone(BERLIN).toLocalDate();
		String opened = page(card, "tz", "Europe/Berlin");
		assertThat(opened).contains("aria-current=\"date\" data-date=\"" + first + "\"")
			.contains("value=\"" + slots.get(0).start().atZone(BERLIN).toOffsetDateTime() + "\"");
		LocalDate later = first.plusDays(7);
		String picked = page(card, "type", "call", "tz", "Europe/Berlin", "date", later.toString());
		assertThat(picked).contains("value=\"" + later.atTime(9, 0).atZone(BERLIN).toOffsetDateTime() + "\"")
			.doesNotContain("value=\"" + first.atTime(9, 0).atZone(BERLIN).toOffsetDateTime() + "\"");
	}

	@Test
	void picksTheOnlyTypeOrSaysToChooseOneAmongSeveral() throws Exception {
		Card one = card("");
		assertThat(page(one, "type", "", "tz", "Europe/Berlin")).contains("class=\"month\"")
			.doesNotContain("Choose what the appointment is for");
		Card two = card("-2", CALL, new BookingSettings.Type("visit", "Visit", 30, "Calle Mayor 1"));
		assertThat(page(two)).doesNotContain("class=\"month\"").doesNotContain("Choose what the appointment is for");
		assertThat(page(two, "type", "", "tz", "Europe/Berlin"))
			.contains("<p class=\"field-error\" id=\"f-type-error\">Choose what the appointment is for, then press Show free times.</p>")
			.contains("aria-describedby=\"f-type-error\"").doesNotContain("class=\"month\"");
		assertThat(page(two, "type", "visit", "tz", "Europe/Berlin")).contains("class=\"month\"");
	}

	@Test
	void keepsEveryFieldAndTheChosenSlotWhenTheEmailIsWrongWithTheMessageBesideIt() throws Exception {
		Card card = card("", new BookingSettings.Type("call", "Call", 60, null, List.of("What is it about?")));
		var slot = bookings.slots(card, "call", LocalDate.now(BERLIN).plusDays(3), LocalDate.now(BERLIN).plusDays(10)).get(1);
		String start = slot.start().atZone(ZoneId.of("America/New_York")).toOffsetDateTime().toString();
		String date = start.substring(0, 10);
		String html = mvc.perform(post("/" + card.getSlug() + "/book").param("type", "call").param("start", start)
			.param("timeZone", "America/New_York").param("date", date).param("name", "Kim <b>Lee</b>")
			.param("email", "kim@").param("phone", "+1 212 555 0100").param("note", "Second floor\nplease")
			.param("answers", "A new kitchen"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("value=\"Kim &lt;b>Lee&lt;/b>\"", "value=\"kim@\"", "value=\"+1 212 555 0100\"",
				">Second floor\nplease</textarea>", "value=\"A new kitchen\"",
				"value=\"" + start + "\" checked", "<p class=\"field-error\" id=\"f-email-error\">",
				"aria-describedby=\"f-email-error\"", "href=\"#f-email\"", "name=\"tz\" data-zone=\"America/New_York\"");
		assertThat(html).doesNotContain("<b>Lee");
		assertThat(jdbc.sql("select count(*) from bookings where card_id = ?").param(card.getId()).query(Integer.class).single())
			.isZero();
		// without a slot chosen, the day stays the one picked, the message beside the times
		String noSlot = mvc.perform(post("/" + card.getSlug() + "/book").param("type", "call").param("timeZone", "America/New_York")
			.param("date", date).param("name", "Kim").param("email", "kim@example.com").param("answers", "Tiles"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(noSlot).contains("id=\"f-start-error\"", "aria-current=\"date\" data-date=\"" + date + "\"", "value=\"Tiles\"");
		mvc.perform(post("/" + card.getSlug() + "/book").param("type", "call").param("start", start)
			.param("timeZone", "America/New_York").param("date", date).param("name", "Kim").param("email", "kim@example.com")
			.param("answers", "A new kitchen"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/" + card.getSlug() + "/book").param("type", "call").param("tz", "America/New_York").param("date", date))
			.andExpect(content().string(allOf(containsString("Free times on"), not(containsString("value=\"" + start + "\"")))));
	}
}
