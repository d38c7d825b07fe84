package red.cardinal.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

import red.cardinal.SectionPreviewChecks;
import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;

/** The appointments screen's live preview: the appointment types as typed, nothing saved. */
@SpringBootTest
@AutoConfigureMockMvc
class BookingPreviewIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	CardManagement cards;

	SectionPreviewChecks checks;

	TestAccounts.Owner account;

	UserDetails owner;

	Card card;

	@BeforeEach
	void cardTakingCalls() throws Exception {
		checks = new SectionPreviewChecks(mvc, cards);
		account = accounts.create();
		owner = users.loadUserByUsername(account.account().email());
		card = cards.create(account.id(), TestCards.person("book-prev-" + account.id(), "Lucía").build(), Locale.ENGLISH);
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/booking").with(user(owner)).with(csrf())
			.param("version", card.versionTag()).param("booking.enabled", "true")
			.param("booking.timeZone", "Atlantic/Canary").param("booking.types[0].name", "Call")
			.param("booking.types[0].minutes", "30"))
			.andExpect(status().is3xxRedirection());
		card = cards.get(account.id(), card.getId());
	}

	@Test
	void showsTheTypesAsTypedWithoutSavingThem() throws Exception {
		String html = checks.preview(card, "booking", owner, form -> form.param("booking.enabled", "true")
			.param("booking.timeZone", "Atlantic/Canary").param("booking.types[0].name", "Throwing <i>lesson</i>")
			.param("booking.types[0].minutes", "45"));
		assertThat(html).contains("Throwing &lt;i&gt;lesson&lt;/i&gt; · 45 min").doesNotContain("Call · 30 min");
	}

	@Test
	void showsTheSavedTypesWhileTheTypedOnesAreInvalid() throws Exception {
		String html = checks.preview(card, "booking", owner, form -> form.param("booking.enabled", "true")
			.param("booking.timeZone", "Nowhere/Town").param("booking.types[0].name", "Throwing lesson")
			.param("booking.types[0].minutes", "45"));
		assertThat(html).contains("Call · 30 min").doesNotContain("Throwing lesson");
	}

	@Test
	void refusesAStrangerAPostWithoutItsTokenAndAHugeBody() throws Exception {
		checks.refusesOthers(card, "booking", owner, users.loadUserByUsername(accounts.create().account().email()));
	}
}
