package red.cardinal.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestCards;
import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestMail;
import red.cardinal.TestEvents;
import red.cardinal.account.RateLimits;
import red.cardinal.analytics.Analytics;
import red.cardinal.booking.BookingRequest;
import red.cardinal.booking.Bookings;
import red.cardinal.booking.BookingSettings;
import red.cardinal.booking.OwnerBookings;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;
import red.cardinal.shared.ConflictException;

/** Booking end to end on a real SMTP server: slots, the forms and JSON, mails with invites, the owner's side. */
// analytics are written only when a test flushes them, so a count is exact when it is read
@SpringBootTest(properties = { "cardinal.base-url=https://cards.example", "cardinal.booking.reminder-every=PT1H",
		"cardinal.analytics.flush-every=PT1H" })
@AutoConfigureMockMvc
class BookingIT {

	@RegisterExtension
	static final TestMail smtp = new TestMail();

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** A visitor's browser: requests without one are not counted (bots). */
	static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

	@Autowired
	red.cardinal.booking.Availability availability;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Bookings bookings;

	@Autowired
	OwnerBookings ownerBookings;

	@Autowired
	UserDetailsService users;

	@Autowired
	RateLimits limits;

	@Autowired
	Analytics analytics;

	@Autowired
	JdbcClient jdbc;

	Owner owner;

	Card card;

	LocalDate day;

	@BeforeEach
	void cardTakingBookings() {
		limits.reset();
		owner = accounts.create();
		card = card(false);
		day = LocalDate.now(BERLIN).plusDays(7);
	}

	/** A test's mails go out after its commits, on other threads: none may arrive during the next test. */
	@AfterEach
	void mailsSent() {
		TestEvents.awaitListeners(jdbc);
	}

	Card card(boolean approval) {
		var all = new ArrayList<BookingSettings.Weekly>();
		for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			all.add(new BookingSettings.Weekly(d, "09:00", "17:00"));
		}
		var settings = new BookingSettings(true, "Europe/Berlin", approval, 0, 0, 0, 60, 0, all, List.of(),
				List.of(new BookingSettings.Type("call", "30 min call", 30, "https://meet.example/ana")));
		return cards.create(owner.id(), TestCards.person("book-" + owner.id() + (approval ? "-a" : ""), "Ana", "García").build(), TestCards.sections("booking", settings), Locale.ENGLISH);
	}

	String slot(int index) {
		return day.atTime(9, 0).plusMinutes(30L * index).atZone(BERLIN).toOffsetDateTime().toString();
	}

	String bookJson(Card c, String start, String name) throws Exception {
		return mvc.perform(post("/" + c.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"call\", \"start\": \"" + start + "\", \"name\": \"" + name + "\", \"email\": \"visitor@example.com\","
					+ " \"timeZone\": \"America/New_York\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void refusesTheTwentyFirstBookingAttemptOfAnHourFromOneAddressWith429AndWhenToTryAgain() throws Exception {
		String attempt = "{\"type\": \"nope\", \"start\": \"" + slot(0) + "\", \"name\": \"Kim\", \"email\": \"kim@example.com\"}";
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/" + card.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON).content(attempt))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(post("/" + card.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON).content(attempt))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		mvc.perform(post("/" + card.getSlug() + "/book").param("type", "call").param("start", slot(0)).param("name", "Kim")
			.param("email", "kim@example.com"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Too many bookings")));
	}

	@Test
	void listsFreeSlotsInTheVisitorsZone() throws Exception {
		String json = mvc.perform(get("/" + card.getSlug() + "/book/slots").param("type", "call")
			.param("from", day.toString()).param("to", day.toString()).param("tz", "Pacific/Auckland"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(16)))
			.andReturn().getResponse().getContentAsString();
		String first = JsonPath.read(json, "$[0].start");
		Instant nine = day.atTime(9, 0).atZone(BERLIN).toInstant();
		assertThat(OffsetDateTime.parse(first).toInstant()).isEqualTo(nine);
		assertThat(OffsetDateTime.parse(first).getOffset()).isEqualTo(ZoneId.of("Pacific/Auckland").getRules().getOffset(nine));
		mvc.perform(get("/" + card.getSlug() + "/book/slots").param("type", "nope").param("from", day.toString())
			.param("to", day.toString())).andExpect(status().isNotFound());
	}

	@Test
	void booksAndMailsBothSidesWithAnInviteAtTheRightInstant() throws Exception {
		int before = smtp.getReceivedMessages().length;
		String body = bookJson(card, slot(2), "Kim");
		assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("confirmed");
		assertThat(JsonPath.<String>read(body, "$.manageUrl")).startsWith("https://cards.example/" + card.getSlug() + "/book/manage/");
		mvc.perform(post("/" + card.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"call\", \"start\": \"" + slot(2) + "\", \"name\": \"Lee\", \"email\": \"lee@example.com\"}"))
			.andExpect(status().isConflict());
		MimeMessage[] mails = smtp.await(before + 2);
		MimeMessage visitor = List.of(mails).subList(before, mails.length).stream()
			.filter(m -> address(m).equals("visitor@example.com")).findFirst().orElseThrow();
		assertThat(List.of(mails).subList(before, mails.length).stream().map(BookingIT::address))
			.contains(owner.account().email());
		byte[] ics = attachment(visitor);
		var calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		Instant start = Instant.from(event.getDateTimeStart().getDate());
		assertThat(start).isEqualTo(OffsetDateTime.parse(slot(2)).toInstant());
		assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("https://meet.example/ana");
	}

	@Test
	void letsExactlyOneOfTwoHundredConcurrentRequestsHaveASlot() throws Exception {
		var pool = Executors.newFixedThreadPool(16);
		try {
			var tasks = new ArrayList<Callable<String>>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				tasks.add(() -> bookings.book(card, new BookingRequest("call", slot(4), "Visitor " + n, "v" + n + "@example.com",
						null, null, null)).booking().status());
			}
			int booked = 0;
			int taken = 0;
			for (Future<String> f : pool.invokeAll(tasks)) {
				try {
					f.get();
					booked++;
				}
				catch (ExecutionException e) {
					assertThat(e.getCause()).isInstanceOf(ConflictException.class);
					taken++;
				}
			}
			assertThat(booked).isEqualTo(1);
			assertThat(taken).isEqualTo(199);
		}
		finally {
			pool.shutdown();
		}
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/bookings").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void booksThroughTheFormsAndCancelsAndMovesThroughTheManageLink() throws Exception {
		String location = mvc.perform(post("/" + card.getSlug() + "/book").param("type", "call").param("start", slot(0))
			.param("name", "Ana").param("email", "ana@example.com").param("timeZone", "Asia/Kolkata"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/" + card.getSlug() + "/book/manage/").endsWith("?new");
		String manage = location.substring(0, location.indexOf('?'));
		mvc.perform(get(manage)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Asia/Kolkata")))
			.andExpect(content().string(containsString("confirmed")));
		mvc.perform(post(manage + "/reschedule").param("start", slot(6))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/bookings").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[0].start").value(slot(6)));
		// the old time is free again
		mvc.perform(get("/" + card.getSlug() + "/book/slots").param("type", "call").param("from", day.toString())
			.param("to", day.toString())).andExpect(jsonPath("$[0].start").value(slot(0)));
		// a reason is text like any other: control characters are refused, not stored and not dropped silently
		mvc.perform(post(manage + "/cancel").param("reason", "Ill\u0007")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/bookings").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[0].status").value("confirmed"));
		mvc.perform(post(manage + "/cancel").param("reason", "Ill")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/bookings").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[0].status").value("cancelled"));
		mvc.perform(post(manage + "/cancel")).andExpect(status().isBadRequest());
		mvc.perform(get("/" + card.getSlug() + "/book/manage/not-a-token")).andExpect(status().isNotFound());
	}

	@Test
	void refusesDatesOutsideFourDigitYearsAsBadInputNotAServerError() throws Exception {
		mvc.perform(get("/" + card.getSlug() + "/book/slots").param("type", "call")
			.param("from", "+999999999-12-31").param("to", "+999999999-12-31"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("from")));
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/bookings").param("to", "+999999999-12-31")
			.header("Authorization", owner.bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		// dates a person can type, however far, are simply days without slots
		mvc.perform(get("/" + card.getSlug() + "/book/slots").param("type", "call").param("from", "9999-12-31")
			.param("to", "9999-12-31")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/" + card.getSlug() + "/book").param("date", "+999999999-12-31")).andExpect(status().isOk());
		var principal = users.loadUserByUsername(owner.account().email());
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/bookings").param("week", "+999999999-12-31")
			.with(user(principal))).andExpect(status().isOk());
	}

	String cardWithBooking(String booking) {
		return """
				{"slug": "%s", "published": true, "name": {"given": "Ana"}, "booking": {"enabled": true,
				 "timeZone": "Europe/Berlin", "horizonDays": 60, "types": [{"key": "call", "name": "Call", "minutes": 5}], %s}}
				""".formatted(card.getSlug(), booking);
	}

	String overrides(int count) {
		return "\"overrides\": [" + String.join(",", java.util.Collections.nCopies(count, "{\"date\": \"2026-12-24\", \"closed\": true}")) + "]";
	}

	@Test
	void refusesOverlappingHoursAndThousandsOfOverridesNamingTheField() throws Exception {
		var put = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/cards/" + card.getId());
		mvc.perform(put.header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content(cardWithBooking(overrides(10_000))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("booking.overrides")))
			.andExpect(jsonPath("$.errors[0].message").value("At most 200 of these."));
		// 100,000 (4.5 MB) are refused at the door: the owner's bodies are at most 1 MB
		mvc.perform(put.header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content(cardWithBooking(overrides(100_000))))
			.andExpect(status().isContentTooLarge());
		mvc.perform(put.header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content(cardWithBooking("\"weekly\": [{\"day\": \"MONDAY\", \"from\": \"09:00\", \"to\": \"17:00\"},"
					+ " {\"day\": \"MONDAY\", \"from\": \"09:00\", \"to\": \"17:00\"}]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("booking.weekly[1].from"))
			.andExpect(jsonPath("$.errors[0].message").value("On MONDAY, 09:00-17:00 overlaps 09:00-17:00: give each time once, e.g. 09:00-12:00, 13:00-17:00."));
	}

	@Test
	void refusesBadDetailsAndTimesThatAreNotSlots() throws Exception {
		mvc.perform(post("/" + card.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"call\", \"start\": \"" + slot(1) + "\", \"name\": \"Ana\\r\\nBcc: x@evil.example\", \"email\": \"not an email\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("name", "email")));
		String offGrid = day.atTime(9, 10).atZone(BERLIN).toOffsetDateTime().toString();
		mvc.perform(post("/" + card.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"call\", \"start\": \"" + offGrid + "\", \"name\": \"Ana\", \"email\": \"ana@example.com\"}"))
			.andExpect(status().isConflict());
		String night = day.atTime(22, 0).atZone(BERLIN).toOffsetDateTime().toString();
		mvc.perform(post("/" + card.getSlug() + "/book").param("type", "call").param("start", night).param("name", "Ana")
			.param("email", "ana@example.com"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("not free")));
	}

	@Test
	void asksTheTypesQuestionsAndKeepsTheAnswers() throws Exception {
		var d = red.cardinal.card.CardDetails.of(card);
		var b = availability.of(card.getId());
		var asking = new BookingSettings(true, b.timeZone(), false, 0, 0, 0, 60, 0, b.weekly(), List.of(),
				List.of(new BookingSettings.Type("call", "30 min call", 30, null, List.of("What is it about?"))));
		cards.update(owner.id(), card.getId(), CardDetails.builder().slug(d.slug()).published(true).name(d.name()).build(), TestCards.sections("booking", asking), Locale.ENGLISH, null);
		mvc.perform(get("/" + card.getSlug() + "/book").param("date", day.toString()))
			.andExpect(content().string(containsString("What is it about?")));
		mvc.perform(post("/" + card.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"call\", \"start\": \"" + slot(5) + "\", \"name\": \"Kim\", \"email\": \"kim@example.com\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[0]"));
		mvc.perform(post("/" + card.getSlug() + "/book").param("type", "call").param("start", slot(5)).param("name", "Kim")
			.param("email", "kim@example.com").param("answers", "A new kitchen"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/bookings").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[0].answers").value("What is it about?: A new kitchen"));
	}

	@Test
	void letsTheOwnerConfirmDeclineAndCancelButNobodyElse() throws Exception {
		Card approval = card(true);
		String body = bookJson(approval, slot(3), "Kim");
		assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("pending");
		String id = JsonPath.read(body, "$.id");
		var principal = users.loadUserByUsername(owner.account().email());
		// the owner's mail links to the week of the booking; the page opens on the next booking's week by itself
		TestEvents.awaitListeners(jdbc);
		assertThat(java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> address(m).equals(owner.account().email())))
			.anySatisfy(m -> assertThat(m.getContent().toString())
				.contains("/dashboard/cards/" + approval.getId() + "/bookings?week=" + day));
		mvc.perform(get("/dashboard/cards/" + approval.getId() + "/bookings").with(user(principal)))
			.andExpect(content().string(containsString("Kim")));
		mvc.perform(get("/dashboard/bookings").with(user(principal))).andExpect(status().is3xxRedirection());
		Owner other = accounts.create();
		var stranger = users.loadUserByUsername(other.account().email());
		mvc.perform(post("/dashboard/cards/" + approval.getId() + "/bookings/" + id + "/confirmed").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cards/" + approval.getId() + "/bookings").header("Authorization", other.bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/bookings/" + id + "/confirmed").with(user(principal)).with(csrf()))
			.andExpect(status().isNotFound());
		TestEvents.awaitListeners(jdbc);
		int before = smtp.getReceivedMessages().length;
		mvc.perform(post("/dashboard/cards/" + approval.getId() + "/bookings/" + id + "/confirmed").with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		smtp.await(before + 1);
		mvc.perform(get("/dashboard/cards/" + approval.getId() + "/bookings").param("week", day.toString()).with(user(principal)))
			.andExpect(content().string(containsString("Kim")));
		mvc.perform(post("/dashboard/cards/" + approval.getId() + "/bookings/" + id + "/cancelled").param("reason", "Sorry")
			.with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/cards/" + approval.getId() + "/bookings").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[0].status").value("cancelled"))
			.andExpect(jsonPath("$[0].reason").value("Sorry"));
	}

	@Test
	void blocksTimeAndServesThePrivateFeed() throws Exception {
		bookJson(card, slot(1), "Kim");
		var principal = users.loadUserByUsername(owner.account().email());
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/bookings/block").with(user(principal)).with(csrf())
			.param("start", day.atTime(13, 0).toString()).param("end", day.atTime(14, 0).toString()).param("reason", "Lunch"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/" + card.getSlug() + "/book/slots").param("type", "call").param("from", day.toString())
			.param("to", day.toString())).andExpect(jsonPath("$", hasSize(13)));
		String html = mvc.perform(post("/dashboard/cards/" + card.getId() + "/bookings/feed").with(user(principal)).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		var m = java.util.regex.Pattern.compile("https://cards.example(/feeds/bookings/[A-Za-z0-9_-]+\\.ics)").matcher(html);
		assertThat(m.find()).isTrue();
		String ics = mvc.perform(get(m.group(1))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(ics).contains("BEGIN:VEVENT", "Kim");
		mvc.perform(get("/feeds/bookings/wrong.ics")).andExpect(status().isNotFound());
	}

	@Test
	void storesMailsAndHoldsNothingWhenTheTimeZoneDoesNotExist() throws Exception {
		int mails = smtp.getReceivedMessages().length;
		mvc.perform(post("/" + card.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"call\", \"start\": \"" + slot(7) + "\", \"name\": \"Kim\", \"email\": \"kim@example.com\","
					+ " \"timeZone\": \"Mars/Olympus_Mons\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("timeZone")));
		assertThat(jdbc.sql("select count(*) from bookings where card_id = ?").param(card.getId()).query(Integer.class).single())
			.isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(mails);
		mvc.perform(get("/" + card.getSlug() + "/book/slots").param("type", "call").param("from", day.toString())
			.param("to", day.toString()))
			.andExpect(jsonPath("$[*].start", org.hamcrest.Matchers.hasItem(slot(7))));
		// the same slot, a zone that exists: booked, and answered in that zone
		String body = mvc.perform(post("/" + card.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"call\", \"start\": \"" + slot(7) + "\", \"name\": \"Kim\", \"email\": \"kim@example.com\","
					+ " \"timeZone\": \"Asia/Tokyo\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(body, "$.start")).endsWith("+09:00");
	}

	@Test
	void refusesAnEmailThatWouldBreakTheInviteAtTheDoor() throws Exception {
		mvc.perform(post("/" + card.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"call\", \"start\": \"" + slot(8) + "\", \"name\": \"Kim\", \"email\": \"a\\\"b<c>@example.com\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("email")));
		mvc.perform(post("/" + card.getSlug() + "/book").param("type", "call").param("start", slot(8)).param("name", "Kim")
			.param("email", "kim@example.com\r\nBcc: x@evil.example"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from bookings where card_id = ?").param(card.getId()).query(Integer.class).single())
			.isZero();
		// a unicode address is a real one: taken, and its invite is mailed
		int mails = smtp.getReceivedMessages().length;
		mvc.perform(post("/" + card.getSlug() + "/book").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"call\", \"start\": \"" + slot(8) + "\", \"name\": \"José\", \"email\": \"josé+citas@ejemplo.es\"}"))
			.andExpect(status().isCreated());
		smtp.await(mails + 2);
	}

	@Test
	void keepsTheOwnersListFeedAndDecisionsWorkingWithABadRowStoredBeforeTheChecks() throws Exception {
		Card approval = card(true);
		bookJson(approval, slot(9), "Kim");
		Instant start = OffsetDateTime.parse(slot(10)).toInstant();
		// as an older version took it: a quote and angle brackets in the email, which no invite can hold as it is
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into bookings (card_id, type_key, type_name, location, start_at, end_at, owner_zone, "
				+ "visitor_zone, name, email, phone, note, status, token_hash, created_at) "
				+ "values (?, 'call', '30 min call', null, ?, ?, 'Europe/Berlin', null, 'Old \"row\" <x>', 'a\"b<c>@example.com', "
				+ "null, null, 'pending', ?, ?)")
			.params(approval.getId(), start.atOffset(ZoneOffset.UTC), start.plusSeconds(1800).atOffset(ZoneOffset.UTC),
					"bad-row-" + approval.getId(), OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		long bad = keys.getKey().longValue();
		var principal = users.loadUserByUsername(owner.account().email());
		mvc.perform(get("/api/v1/cards/" + approval.getId() + "/bookings").header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)));
		mvc.perform(get("/dashboard/cards/" + approval.getId() + "/bookings").param("week", day.toString()).with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kim")));
		String html = mvc.perform(post("/dashboard/cards/" + approval.getId() + "/bookings/feed").with(user(principal)).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		var m = java.util.regex.Pattern.compile("https://cards.example(/feeds/bookings/[A-Za-z0-9_-]+\\.ics)").matcher(html);
		assertThat(m.find()).isTrue();
		byte[] ics = mvc.perform(get(m.group(1))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		var calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		assertThat(calendar.getComponents("VEVENT")).hasSize(2);
		assertThat(calendar.getComponents("VEVENT").stream()
			.map(e -> e.getProperty("ATTENDEE").orElseThrow().getValue()))
			.contains("mailto:visitor@example.com", "mailto:a%22b%3Cc%3E@example.com");
		mvc.perform(post("/dashboard/cards/" + approval.getId() + "/bookings/" + bad + "/confirmed").with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/dashboard/cards/" + approval.getId() + "/bookings/" + bad + "/cancelled").param("reason", "Sorry")
			.with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from bookings where id = ?").param(bad).query(String.class).single())
			.isEqualTo("cancelled");
	}

	@Test
	void holdsEachFiveMinutesOfABookingOnceAndRefusesABlockOverThem() throws Exception {
		long id = Long.parseLong(JsonPath.read(bookJson(card, slot(13), "Kim"), "$.id"));
		assertThat(claims("booking_id", id)).isEqualTo(6);
		Instant quarterPast = OffsetDateTime.parse(slot(13)).toInstant().plusSeconds(15 * 60);
		assertThatThrownBy(() -> ownerBookings.block(owner.id(), card.getId(), quarterPast, quarterPast.plusSeconds(3600), "Gym"))
			.isInstanceOfSatisfying(ConflictException.class,
					e -> assertThat(e.violation().code()).isEqualTo("booking.block.taken"));
		assertThat(jdbc.sql("select count(*) from time_blocks where card_id = ?").param(card.getId()).query(Integer.class)
			.single()).as("all or nothing").isZero();
		Instant later = quarterPast.plusSeconds(3600);
		ownerBookings.block(owner.id(), card.getId(), later, later.plusSeconds(3600), "Gym");
		long block = jdbc.sql("select id from time_blocks where card_id = ?").param(card.getId()).query(Long.class).single();
		// from the five minutes the start falls in, to the end
		assertThat(claims("block_id", block)).isEqualTo(12);
	}

	int claims(String holder, long id) {
		return jdbc.sql("select count(*) from booking_claims where " + holder + " = ?").param(id).query(Integer.class).single();
	}

	@Test
	void countsABookingThroughTheFormOnceInTheStats() throws Exception {
		analytics.flush();
		mvc.perform(post("/" + card.getSlug() + "/book").param("type", "call").param("start", slot(11))
			.param("name", "Ana").param("email", "ana@example.com").param("timeZone", "Europe/Berlin")
			.header("User-Agent", PHONE))
			.andExpect(status().is3xxRedirection());
		// counted by a listener after the commit: once it and every other listener of the booking have run
		TestEvents.awaitListeners(jdbc);
		analytics.flush();
		assertThat(bookingsCounted()).isEqualTo(1);
		mvc.perform(post("/" + card.getSlug() + "/book").header("User-Agent", PHONE).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"call\", \"start\": \"" + slot(12) + "\", \"name\": \"Kim\", \"email\": \"kim@example.com\"}"))
			.andExpect(status().isCreated());
		TestEvents.awaitListeners(jdbc);
		analytics.flush();
		assertThat(bookingsCounted()).isEqualTo(2);
		assertThat(jdbc.sql("select sum(events) from analytics_daily where card_id = ? and type = 'booking'").param(card.getId())
			.query(Long.class).single()).isEqualTo(2);
	}

	int bookingsCounted() {
		return jdbc.sql("select coalesce(sum(hits), 0) from analytics_events where card_id = ? and type = 'booking'").param(card.getId())
			.query(Integer.class).single();
	}

	static String address(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	static byte[] attachment(MimeMessage m) throws Exception {
		var multipart = (Multipart) m.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return part.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("no attachment");
	}
}
