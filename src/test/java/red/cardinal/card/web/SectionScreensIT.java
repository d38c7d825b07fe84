package red.cardinal.card.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Phone;
import red.cardinal.store.Storefronts;

/** The store and appointment screens: each saves its own section, says what is wrong, and never saves over a newer version. */
@SpringBootTest
@AutoConfigureMockMvc
class SectionScreensIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	CardManagement cards;

	@Autowired
	Storefronts storefronts;

	UserDetails principal;

	Card card;

	@BeforeEach
	void card() {
		var owner = accounts.create();
		principal = users.loadUserByUsername(owner.account().email());
		card = cards.create(owner.id(), TestCards.person("scr-" + owner.id(), "Lucía")
			.phones(new Phone("cell", "+34612345678", true)).build(), Locale.ENGLISH);
	}

	@Test
	void opensTheStoreWithOneOfTheCardsWhatsAppNumbers() throws Exception {
		String screen = "/dashboard/cards/" + card.getId() + "/store";
		mvc.perform(get(screen).with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"+34612345678\""),
					containsString("name=\"version\" value=\"" + card.versionTag() + "\""))));
		mvc.perform(post(screen).with(user(principal)).with(csrf()).param("version", card.versionTag())
			.param("store.enabled", "true").param("store.currency", "xyz"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-store-currency-error\""),
					containsString("id=\"f-store-orderPhone-error\""))));
		assertThat(storefronts.of(card.getId()).enabled()).isFalse();
		mvc.perform(post(screen).with(user(principal)).with(csrf()).param("version", card.versionTag())
			.param("store.enabled", "true").param("store.orderPhone", "+34612345678").param("store.currency", "eur"))
			.andExpect(redirectedUrl(screen + "?saved"));
		assertThat(storefronts.of(card.getId()).currency()).isEqualTo("EUR");
	}

	@Test
	void keepsTheInputWhenTheCardChangedMeanwhile() throws Exception {
		String screen = "/dashboard/cards/" + card.getId() + "/booking";
		String stale = card.versionTag();
		cards.update(card.getOwnerId(), card.getId(), red.cardinal.card.CardDetails.of(card).toBuilder().jobTitle("Potter").build(),
				Locale.ENGLISH);
		mvc.perform(post(screen).with(user(principal)).with(csrf()).param("version", stale)
			.param("booking.enabled", "true").param("booking.timeZone", "Atlantic/Canary")
			.param("booking.types[0].name", "Call").param("booking.types[0].minutes", "30"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("changed this card elsewhere"),
					containsString("value=\"Atlantic/Canary\""),
					containsString("name=\"version\" value=\"" + cards.get(card.getOwnerId(), card.getId()).versionTag() + "\""))));
		mvc.perform(post(screen).with(user(principal)).with(csrf())
			.param("version", cards.get(card.getOwnerId(), card.getId()).versionTag())
			.param("booking.enabled", "true").param("booking.timeZone", "Atlantic/Canary")
			.param("booking.types[0].name", "Call").param("booking.types[0].minutes", "30"))
			.andExpect(redirectedUrl(screen + "?saved"));
		mvc.perform(get(screen).with(user(principal))).andExpect(content().string(containsString("value=\"Atlantic/Canary\"")));
	}

	@Test
	void showsNoOnesSectionsToAStranger() throws Exception {
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		for (String section : new String[] { "store", "booking", "gallery" }) {
			mvc.perform(get("/dashboard/cards/" + card.getId() + "/" + section).with(user(stranger)))
				.andExpect(status().isNotFound());
			mvc.perform(post("/dashboard/cards/" + card.getId() + "/" + section).with(user(stranger)).with(csrf()))
				.andExpect(status().isNotFound());
		}
	}
}
