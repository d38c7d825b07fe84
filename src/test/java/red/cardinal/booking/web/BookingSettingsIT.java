package red.cardinal.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestCards;
import red.cardinal.booking.Availability;
import red.cardinal.booking.BookingSettings;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;

/**
 * The owner's appointment screen: hours, dates and types as rows with add and remove buttons (no
 * JavaScript needed), the errors next to the fields they are about, in English and Spanish alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BookingSettingsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	CardManagement cards;

	@Autowired
	Availability availability;

	Owner owner;

	UserDetails principal;

	Card card;

	String screen;

	@BeforeEach
	void card() {
		owner = accounts.create();
		principal = users.loadUserByUsername(owner.account().email());
		card = cards.create(owner.id(), TestCards.person("hours-" + owner.id(), "Lucía").build(), Locale.ENGLISH);
		screen = "/dashboard/cards/" + card.getId() + "/booking";
	}

	MockHttpServletRequestBuilder form() {
		return post(screen).with(user(principal)).with(csrf())
			.param("version", cards.get(owner.id(), card.getId()).versionTag())
			.param("booking.enabled", "true").param("booking.timeZone", "Europe/Madrid")
			.param("booking.minNoticeMinutes", "0").param("booking.horizonDays", "30");
	}

	@Test
	void offersWeekdaysFromNineToFiveAndOneCallToANewCardWithTheZonesToPickFrom() throws Exception {
		mvc.perform(get(screen).with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"booking.weekly[4].day\" value=\"FRIDAY\""),
					containsString("id=\"f-booking-weekly-0-from\" name=\"booking.weekly[0].from\" type=\"time\" value=\"09:00\""),
					containsString("name=\"booking.types[0].name\" type=\"text\" value=\"Call\""),
					containsString("list=\"booking-zones\""), containsString("<option value=\"Europe/Madrid\">"),
					containsString("value=\"add:weekly:SATURDAY\""), containsString("/assets/booking-settings.js"),
					not(containsString("MONDAY 09:00")))));
	}

	@Test
	void addsAndRemovesRangesDatesTypesAndQuestionsWithoutSavingThenSavesThem() throws Exception {
		// a second range on Monday, a date off, a second type with a question: each a button press
		mvc.perform(form().param("booking.weekly[0].day", "MONDAY").param("booking.weekly[0].from", "09:00")
			.param("booking.weekly[0].to", "13:00").param("booking.types[0].name", "Call").param("booking.types[0].minutes", "30")
			.param("action", "add:weekly:MONDAY"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"booking.weekly[1].day\" value=\"MONDAY\""),
					containsString("Changed, not saved yet"))));
		assertThat(availability.of(card.getId()).enabled()).isFalse();
		mvc.perform(form().param("action", "add:questions:0").param("booking.types[0].name", "Call"))
			.andExpect(content().string(containsString("name=\"booking.types[0].questions[0]\"")));
		mvc.perform(form().param("action", "remove:weekly:0").param("booking.weekly[0].day", "MONDAY")
			.param("booking.weekly[0].from", "09:00").param("booking.weekly[0].to", "13:00")
			.param("booking.weekly[1].day", "TUESDAY").param("booking.weekly[1].from", "10:00").param("booking.weekly[1].to", "11:00"))
			.andExpect(content().string(allOf(containsString("name=\"booking.weekly[0].day\" value=\"TUESDAY\""),
					not(containsString("booking.weekly[1]")))));
		mvc.perform(form().param("booking.weekly[0].day", "MONDAY").param("booking.weekly[0].from", "09:00")
			.param("booking.weekly[0].to", "13:00").param("booking.weekly[1].day", "MONDAY")
			.param("booking.weekly[1].from", "15:00").param("booking.weekly[1].to", "18:00")
			// a range added and left empty is dropped, not refused
			.param("booking.weekly[2].day", "FRIDAY").param("booking.weekly[2].from", "").param("booking.weekly[2].to", "")
			.param("booking.overrides[0].date", "2026-12-24").param("booking.overrides[0].closed", "true")
			.param("booking.overrides[1].date", "2026-12-31").param("_booking.overrides[1].closed", "on")
			.param("booking.overrides[1].from", "10:00").param("booking.overrides[1].to", "14:00")
			.param("booking.types[0].key", "call").param("booking.types[0].name", "Call").param("booking.types[0].minutes", "30")
			.param("booking.types[1].name", "Première visite").param("booking.types[1].minutes", "60")
			.param("booking.types[1].location", "Calle Mayor 1").param("booking.types[1].questions[0]", "What is it about?")
			.param("booking.types[1].questions[1]", "")
			.param("action", "save"))
			.andExpect(redirectedUrl(screen + "?saved"));
		var saved = availability.of(card.getId());
		assertThat(saved.weekly()).containsExactly(new BookingSettings.Weekly("MONDAY", "09:00", "13:00"),
				new BookingSettings.Weekly("MONDAY", "15:00", "18:00"));
		assertThat(saved.overrides()).containsExactly(new BookingSettings.Override("2026-12-24", true, null, null),
				new BookingSettings.Override("2026-12-31", false, "10:00", "14:00"));
		assertThat(saved.types()).containsExactly(new BookingSettings.Type("call", "Call", 30, null),
				new BookingSettings.Type("premiere-visite", "Première visite", 60, "Calle Mayor 1", List.of("What is it about?")));
		// the JSON API shows the same settings in the same shape as before
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/sections/booking").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.weekly[1].from").value("15:00"))
			.andExpect(jsonPath("$.types[1].key").value("premiere-visite"))
			.andExpect(jsonPath("$.types[1].questions[0]").value("What is it about?"));
		mvc.perform(get(screen).with(user(principal)))
			.andExpect(content().string(allOf(containsString("value=\"15:00\""), containsString("value=\"2026-12-31\""),
					containsString("name=\"booking.types[1].key\" value=\"premiere-visite\""))));
	}

	@Test
	void putsBackwardsAndOverlappingRangesErrorsNextToTheirFieldsAndKeepsTheInput() throws Exception {
		mvc.perform(form().param("booking.weekly[0].day", "MONDAY").param("booking.weekly[0].from", "17:00")
			.param("booking.weekly[0].to", "09:00").param("booking.weekly[1].day", "TUESDAY")
			.param("booking.weekly[1].from", "09:00").param("booking.weekly[1].to", "13:00")
			.param("booking.weekly[2].day", "TUESDAY").param("booking.weekly[2].from", "12:00")
			.param("booking.weekly[2].to", "15:00").param("booking.types[0].name", "Call").param("booking.types[0].minutes", "7")
			.param("booking.overrides[0].date", "24/12/2026").param("booking.overrides[0].closed", "true")
			.param("action", "save"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(
					containsString("aria-describedby=\"f-booking-weekly-0-to-error\""),
					containsString("<p class=\"field-error\" id=\"f-booking-weekly-0-to-error\">The end must come after the start.</p>"),
					containsString("<p class=\"field-error\" id=\"f-booking-weekly-2-from-error\">On Tuesday, 12:00-15:00 overlaps 09:00-13:00"),
					containsString("id=\"f-booking-types-0-minutes-error\""),
					containsString("id=\"f-booking-overrides-0-date-error\""),
					containsString("href=\"#f-booking-weekly-0-to\""), containsString("href=\"#f-booking-weekly-2-from\""),
					containsString("value=\"17:00\""), containsString("value=\"24/12/2026\""))));
		assertThat(availability.of(card.getId()).enabled()).isFalse();
	}

	@Test
	void savesInSpanishWithoutAnyEnglishKeywordAndNamesTheDayInSpanish() throws Exception {
		mvc.perform(get(screen).with(user(principal)).locale(Locale.forLanguageTag("es")))
			.andExpect(content().string(allOf(containsString("<h3>Lunes</h3>"), containsString("Añadir horario"),
					containsString("Cerrado"), not(containsString("MONDAY 09")))));
		mvc.perform(form().locale(Locale.forLanguageTag("es")).param("booking.weekly[0].day", "WEDNESDAY")
			.param("booking.weekly[0].from", "09:00").param("booking.weekly[0].to", "14:00")
			.param("booking.weekly[1].day", "WEDNESDAY").param("booking.weekly[1].from", "13:00")
			.param("booking.weekly[1].to", "18:00").param("booking.types[0].name", "Consulta").param("booking.types[0].minutes", "45"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("El miércoles, 13:00-18:00 se solapa")));
		mvc.perform(form().locale(Locale.forLanguageTag("es")).param("booking.weekly[0].day", "WEDNESDAY")
			.param("booking.weekly[0].from", "09:00").param("booking.weekly[0].to", "14:00")
			.param("booking.types[0].name", "Consulta").param("booking.types[0].minutes", "45"))
			.andExpect(redirectedUrl(screen + "?saved"));
		assertThat(availability.of(card.getId()).types()).containsExactly(new BookingSettings.Type("consulta", "Consulta", 45, null));
	}

	@Test
	void escapesHostileTextAndRefusesLineBreaksAndHugeListsWithoutAServerError() throws Exception {
		mvc.perform(form().param("booking.weekly[0].day", "MONDAY").param("booking.weekly[0].from", "09:00")
			.param("booking.weekly[0].to", "12:00")
			.param("booking.types[0].name", "<script>alert(1)</script>").param("booking.types[0].minutes", "30")
			.param("booking.types[0].location", "javascript:alert(1)\r\nBcc: x@evil.example")
			.param("booking.types[0].questions[0]", "Why?\u0007"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)")), containsString("id=\"f-booking-types-0-location-error\""),
					containsString("id=\"f-booking-types-0-questions-0--error\""))));
		// a weekday that is not one, and a key that breaks links, are named; nothing is stored
		mvc.perform(form().param("booking.weekly[0].day", "FUNDAY").param("booking.weekly[0].from", "09:00")
			.param("booking.weekly[0].to", "12:00").param("booking.types[0].key", "a b/../c")
			.param("booking.types[0].name", "Call").param("booking.types[0].minutes", "30"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"f-booking-types-0-name-error\"")));
		// an index past what the form binds is refused, not grown into a list of a million rows
		mvc.perform(form().param("booking.weekly[1000000].day", "MONDAY").param("booking.types[0].name", "Call"))
			.andExpect(status().is4xxClientError());
		// buttons never grow a list past what is kept
		var add = form();
		for (int i = 0; i < 12; i++) {
			add.param("booking.weekly[" + i + "].day", "MONDAY").param("booking.weekly[" + i + "].from", String.format("%02d:00", i))
				.param("booking.weekly[" + i + "].to", String.format("%02d:30", i));
		}
		mvc.perform(add.param("action", "add:weekly:MONDAY"))
			.andExpect(content().string(not(containsString("booking.weekly[12]"))));
		assertThat(availability.of(card.getId()).enabled()).isFalse();
	}

	@Test
	void showsNothingOfAnotherOwnersCard() throws Exception {
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(post(screen).with(user(stranger)).with(csrf()).param("action", "add:types"))
			.andExpect(status().isNotFound());
	}
}
