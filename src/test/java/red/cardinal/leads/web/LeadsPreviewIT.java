package red.cardinal.leads.web;

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

/** The "share your details" screen's live preview: the form as set, nothing saved. */
@SpringBootTest
@AutoConfigureMockMvc
class LeadsPreviewIT {

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
	void cardAskingForEmail() throws Exception {
		checks = new SectionPreviewChecks(mvc, cards);
		account = accounts.create();
		owner = users.loadUserByUsername(account.account().email());
		card = cards.create(account.id(), TestCards.person("leads-prev-" + account.id(), "Lucía").build(), Locale.ENGLISH);
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/leads").with(user(owner)).with(csrf())
			.param("version", card.versionTag()).param("leads.enabled", "true").param("leads.fields", "email")
			.param("leads.required", "email").param("leads.consentText", "Saved consent").param("leads.retentionDays", "30"))
			.andExpect(status().is3xxRedirection());
		card = cards.get(account.id(), card.getId());
	}

	@Test
	void showsTheFormAsSetWithoutSavingIt() throws Exception {
		String html = checks.preview(card, "leads", owner, form -> form.param("leads.enabled", "true")
			.param("leads.fields", "email", "company").param("leads.required", "email")
			.param("leads.consentText", "Typed <script>x()</script> consent").param("leads.retentionDays", "30"));
		assertThat(html).contains("Typed &lt;script&gt;x()&lt;/script&gt; consent", "name=\"company\"")
			.doesNotContain("Saved consent", "<script>x()");
	}

	@Test
	void showsTheSavedFormWhileTheTypedOneIsInvalid() throws Exception {
		String html = checks.preview(card, "leads", owner, form -> form.param("leads.enabled", "true")
			.param("leads.fields", "email").param("leads.consentText", "Typed consent").param("leads.retentionDays", "abc"));
		assertThat(html).contains("Saved consent").doesNotContain("Typed consent");
	}

	@Test
	void refusesAStrangerAPostWithoutItsTokenAndAHugeBody() throws Exception {
		checks.refusesOthers(card, "leads", owner, users.loadUserByUsername(accounts.create().account().email()));
	}
}
