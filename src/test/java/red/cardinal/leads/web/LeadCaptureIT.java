package red.cardinal.leads.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;

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

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestCards;
import red.cardinal.TestEvents;
import red.cardinal.TestMail;
import red.cardinal.account.RateLimits;
import red.cardinal.analytics.Analytics;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.leads.LeadSettings;

/** A visitor shares their details from a card: the form and JSON, every refusal, the owner's mail and count. */
@SpringBootTest(properties = { "cardinal.base-url=https://cards.example", "cardinal.analytics.flush-every=PT1H" })
@AutoConfigureMockMvc
class LeadCaptureIT {

	@RegisterExtension
	static final TestMail smtp = new TestMail();

	static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

	static final LeadSettings ON = new LeadSettings(true, List.of("name", "email", "phone", "company", "note"),
			List.of("name", "email"), null, null, true);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

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

	@BeforeEach
	void cardWithALeadForm() {
		limits.reset();
		owner = accounts.create();
		card = cards.create(owner.id(), TestCards.person("ana-" + owner.id(), "Ana", "García").build(),
				TestCards.sections("leads", ON), Locale.ENGLISH);
	}

	@AfterEach
	void listenersRan() {
		TestEvents.awaitListeners(jdbc);
	}

	@Test
	void showsTheFormOnTheCardPageWithTheDefaultConsentInTheVisitorsLanguage() throws Exception {
		mvc.perform(get("/" + card.getSlug()).header("Accept-Language", "es-ES"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"/" + card.getSlug() + "/connect\""),
					containsString("Comparte tus datos"), containsString("Acepto que la persona"),
					containsString("name=\"website\""), not(containsString("name=\"jobTitle\"")))));
	}

	@Test
	void aFormSeesThankYouThatOffersTheOwnersContactAndTheOwnerGetsAMail() throws Exception {
		mvc.perform(post("/" + card.getSlug() + "/connect").header("User-Agent", PHONE)
			.param("name", "Kim <script>alert(1)</script>").param("email", "kim@example.com").param("company", "=cmd")
			.param("note", "Call me\r\nafter 5").param("consent", "true"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/" + card.getSlug() + "/connect/thanks"));
		mvc.perform(get("/" + card.getSlug() + "/connect/thanks"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/" + card.getSlug() + ".vcf\""),
					containsString("Save Ana García’s contact".replace("’", "'")))));

		MimeMessage mail = smtp.await(1)[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(owner.account().email());
		assertThat(mail.getSubject()).isEqualTo("New lead from Ana García: Kim <script>alert(1)</script>");
		assertThat(mail.getContent().toString().replace("\r\n", "\n")).contains("Company: =cmd", "Call me\nafter 5",
				"https://cards.example/dashboard/leads/");
		var stored = jdbc.sql("select name, consent_text, status from leads where card_id = ?").param(card.getId())
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
		assertThat(stored).containsExactly("Kim <script>alert(1)</script>",
				"I agree that the owner of this card may store these details and contact me. I can ask them to delete my details at any time.",
				"new");
	}

	@Test
	void jsonGets201WithTheIdAndIsCountedOnce() throws Exception {
		analytics.flush();
		mvc.perform(post("/" + card.getSlug() + "/connect").header("User-Agent", PHONE).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Lee\", \"email\": \"lee@example.com\", \"jobTitle\": \"not asked\", \"consent\": true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString());
		TestEvents.awaitListeners(jdbc);
		analytics.flush();
		assertThat(jdbc.sql("select sum(events) from analytics_daily where card_id = ? and type = 'lead'")
			.param(card.getId()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select job_title from leads where card_id = ?").param(card.getId()).query(String.class)
			.optional()).as("a field the form does not ask for is not kept").isEmpty();
	}

	@Test
	void refusesWithoutConsentOrWithABadEmailNamingTheField() throws Exception {
		mvc.perform(post("/" + card.getSlug() + "/connect").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Lee\", \"email\": \"lee@example.com\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("consent")));
		mvc.perform(post("/" + card.getSlug() + "/connect").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Lee\", \"email\": \"lee@@example\", \"consent\": true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("email")));
		mvc.perform(post("/" + card.getSlug() + "/connect").param("name", "Lee").param("email", "lee@example")
			.param("company", "Kept <b>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"l-email-error\""), containsString("id=\"l-consent-error\""),
					containsString("value=\"Kept &lt;b>\""), not(containsString("Kept <b>")))));
		assertThat(leads()).isZero();
	}

	@Test
	void aDraftAnUnknownCardAndAFormThatIsOffAre404() throws Exception {
		String json = "{\"name\": \"Lee\", \"email\": \"lee@example.com\", \"consent\": true}";
		mvc.perform(post("/nobody-here/connect").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isNotFound());
		var draft = cards.create(owner.id(), TestCards.person("draft-" + owner.id(), "Dee").published(false).build(),
				TestCards.sections("leads", ON), Locale.ENGLISH);
		mvc.perform(post("/" + draft.getSlug() + "/connect").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isNotFound());
		var off = cards.create(owner.id(), TestCards.person("off-" + owner.id(), "Off").build(), Locale.ENGLISH);
		mvc.perform(post("/" + off.getSlug() + "/connect").param("name", "Lee").param("email", "lee@example.com")
			.param("consent", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/" + off.getSlug())).andExpect(content().string(not(containsString("/connect"))));
		assertThat(leads()).isZero();
	}

	@Test
	void aBotThatFillsTheHiddenFieldIsThankedAndNothingIsKept() throws Exception {
		mvc.perform(post("/" + card.getSlug() + "/connect").param("name", "Bot").param("email", "bot@example.com")
			.param("consent", "true").param("website", "https://spam.example"))
			.andExpect(status().isSeeOther());
		assertThat(leads()).isZero();
	}

	@Test
	void limitsLeadsPerClientAddress() throws Exception {
		for (int i = 0; i < RateLimits.Limit.LEAD.capacity(); i++) {
			mvc.perform(post("/" + card.getSlug() + "/connect").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Lee\", \"email\": \"lee" + i + "@example.com\", \"consent\": true}"))
				.andExpect(status().isCreated());
		}
		mvc.perform(post("/" + card.getSlug() + "/connect").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Lee\", \"email\": \"lee@example.com\", \"consent\": true}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		assertThat(leads()).isEqualTo(RateLimits.Limit.LEAD.capacity());
	}

	@Test
	void refusesAHugeBody() throws Exception {
		mvc.perform(post("/" + card.getSlug() + "/connect").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + "x".repeat(40_000) + "\", \"consent\": true}"))
			.andExpect(status().isPayloadTooLarge());
		assertThat(leads()).isZero();
	}

	@Test
	void settingsThroughTheSectionApiAndTheScreen() throws Exception {
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/sections/leads").header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.fields", contains("name", "email", "phone", "company", "note")));
		mvc.perform(put("/api/v1/cards/" + card.getId() + "/sections/leads").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": true, \"fields\": [\"email\", \"fax\"], \"required\": [\"name\"], \"retentionDays\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("leads.fields[1]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("leads.required[0]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("leads.retentionDays")));

		var principal = users.loadUserByUsername(owner.account().email());
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/leads").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"leads.fields\" value=\"phone\" checked"),
					containsString("name=\"leads.consentText\""))));
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/leads").with(user(principal)).with(csrf())
			.param("version", cards.get(owner.id(), card.getId()).versionTag()).param("leads.enabled", "true")
			.param("_leads.enabled", "on").param("leads.fields", "email").param("_leads.fields", "on")
			.param("leads.required", "email").param("_leads.required", "on").param("leads.consentText", "OK to mail me")
			.param("leads.retentionDays", "30"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/sections/leads").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.fields", contains("email")))
			.andExpect(jsonPath("$.consentText").value("OK to mail me"))
			.andExpect(jsonPath("$.retentionDays").value(30))
			.andExpect(jsonPath("$.notifyOwner").value(false));
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/leads").with(user(principal)).with(csrf())
			.param("version", cards.get(owner.id(), card.getId()).versionTag()).param("leads.enabled", "true")
			.param("leads.retentionDays", "forever"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-leads-retentionDays-error\""),
					containsString("id=\"f-leads-fields\""))));
	}

	@Test
	void someoneElsesCardSettingsScreenIs404() throws Exception {
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/leads").with(user(stranger)))
			.andExpect(status().isNotFound());
	}

	int leads() {
		return jdbc.sql("select count(*) from leads where card_id = ?").param(card.getId()).query(Integer.class).single();
	}
}
