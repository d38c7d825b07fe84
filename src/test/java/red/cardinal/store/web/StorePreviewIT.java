package red.cardinal.store.web;

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
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.SectionPreviewChecks;
import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Phone;

/** The store screen's live preview: the products in the currency as typed, nothing saved. */
@SpringBootTest
@AutoConfigureMockMvc
class StorePreviewIT {

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
	void openStoreWithAMug() throws Exception {
		checks = new SectionPreviewChecks(mvc, cards);
		account = accounts.create();
		owner = users.loadUserByUsername(account.account().email());
		card = cards.create(account.id(), TestCards.person("store-prev-" + account.id(), "Lucía")
			.phones(new Phone("cell", "+34612345678", true)).build(), Locale.ENGLISH);
		mvc.perform(post("/api/v1/cards/" + card.getId() + "/products").header("Authorization", account.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Taza\", \"priceMinor\": 1250}"))
			.andExpect(status().isCreated());
		card = cards.get(account.id(), card.getId());
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/store").with(user(owner)).with(csrf())
			.param("version", card.versionTag()).param("store.enabled", "true")
			.param("store.orderPhone", "+34612345678").param("store.currency", "EUR"))
			.andExpect(status().is3xxRedirection());
		card = cards.get(account.id(), card.getId());
	}

	@Test
	void showsThePricesInTheTypedCurrencyWithoutSavingIt() throws Exception {
		String html = checks.preview(card, "store", owner, form -> form.param("store.enabled", "true")
			.param("store.orderPhone", "+34612345678").param("store.currency", "usd"));
		assertThat(html).contains("Taza", "$12.50").doesNotContain("€12.50");
	}

	@Test
	void leavesTheStoreOffThePageAsSoonAsItIsClosed() throws Exception {
		String html = checks.preview(card, "store", owner, form -> form.param("store.orderPhone", "+34612345678")
			.param("store.currency", "EUR"));
		assertThat(html).doesNotContain("Taza");
	}

	@Test
	void showsTheSavedStoreWhileTheTypedOneIsInvalid() throws Exception {
		String html = checks.preview(card, "store", owner, form -> form.param("store.enabled", "true")
			.param("store.orderPhone", "+34699999999").param("store.currency", "<b>xyz</b>"));
		assertThat(html).contains("Taza", "€12.50").doesNotContain("<b>xyz");
	}

	@Test
	void refusesAStrangerAPostWithoutItsTokenAndAHugeBody() throws Exception {
		checks.refusesOthers(card, "store", owner, users.loadUserByUsername(accounts.create().account().email()));
	}
}
