package red.cardinal.leads.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestCards;
import red.cardinal.TestEvents;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.leads.LeadRequest;
import red.cardinal.leads.LeadSettings;
import red.cardinal.leads.Leads;

/** The owner works their leads: the inbox and the API, vCards, CSV, erasure, retention; strangers get 404s. */
@SpringBootTest
@AutoConfigureMockMvc
class LeadInboxIT {

	static final LeadSettings ON = new LeadSettings(true, List.of("name", "email", "phone", "company", "jobTitle", "note"),
			List.of("email"), null, null, false);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Leads leads;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	Owner owner;

	UserDetails principal;

	Card ana;

	Card shop;

	long hostile;

	long plain;

	@BeforeEach
	void twoCardsWithLeads() {
		owner = accounts.create();
		principal = users.loadUserByUsername(owner.account().email());
		ana = cards.create(owner.id(), TestCards.person("ana-" + owner.id(), "Ana").build(), TestCards.sections("leads", ON),
				Locale.ENGLISH);
		shop = cards.create(owner.id(), TestCards.person("shop-" + owner.id(), "Shop").build(),
				TestCards.sections("leads", ON), Locale.ENGLISH);
		hostile = leads.capture(ana, new LeadRequest("<img src=x onerror=alert(1)>", "eve@example.com", "+1 555 0100",
				"=HYPERLINK(\"http://evil.example\")", "CEO; Boss", "Hi,\nEND:VCARD", true, null), Locale.ENGLISH, null);
		plain = leads.capture(shop, new LeadRequest("Bo Lindqvist", "bo@example.se", null, "Volvo", null, null, true, null),
				Locale.ENGLISH, null);
	}

	@AfterEach
	void listenersRan() {
		TestEvents.awaitListeners(jdbc);
	}

	@Test
	void listsTheLeadsOfAllCardsNewestFirstAndOfOneCard() throws Exception {
		mvc.perform(get("/api/v1/leads").header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", contains(Long.toString(plain), Long.toString(hostile))))
			.andExpect(jsonPath("$[1].cardId").value(ana.getId().toString()))
			.andExpect(jsonPath("$[1].name").value("<img src=x onerror=alert(1)>"))
			.andExpect(jsonPath("$[1].status").value("new"))
			.andExpect(jsonPath("$[1].createdAt").isString());
		mvc.perform(get("/api/v1/cards/" + ana.getId() + "/leads").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].email").value("eve@example.com"));
		mvc.perform(get("/api/v1/leads?q=VOLVO").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[*].id", contains(Long.toString(plain))));
		mvc.perform(get("/api/v1/leads?q=%25").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/leads?status=bogus").header("Authorization", owner.bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void changesStatusTagsAndNotesThenDeletesForGood() throws Exception {
		mvc.perform(patch("/api/v1/leads/" + plain).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"contacted\", \"tags\": [\"vip\", \" fair 2026 \", \"vip\"], \"ownerNote\": \"Called.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("contacted"))
			.andExpect(jsonPath("$.tags", contains("vip", "fair 2026")))
			.andExpect(jsonPath("$.ownerNote").value("Called."));
		mvc.perform(get("/api/v1/leads?status=contacted&q=fair").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[*].id", contains(Long.toString(plain))));
		mvc.perform(patch("/api/v1/leads/" + plain).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"won\", \"tags\": [\"a,b\", \"" + "x".repeat(31) + "\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("status", "tags[0]", "tags[1]")));
		mvc.perform(patch("/api/v1/leads/" + plain).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tags\": [" + "\"t\",".repeat(10) + "\"t\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tags"));

		mvc.perform(delete("/api/v1/leads/" + plain).header("Authorization", owner.bearer()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/leads/" + plain).header("Authorization", owner.bearer()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from leads where id = ?").param(plain).query(Integer.class).single()).isZero();
	}

	@Test
	void exportsAVCardAndCsvWithWhatTheVisitorTypedKeptAsText() throws Exception {
		mvc.perform(get("/api/v1/leads/" + hostile + ".vcf").header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/vcard")))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(allOf(containsString("EMAIL;TYPE=internet:eve@example.com"),
					containsString("TITLE:CEO\\; Boss"), containsString("NOTE:Hi\\,\\nEND:VCARD"))));
		mvc.perform(get("/api/v1/cards/" + ana.getId() + "/leads.csv").header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andExpect(content().string(allOf(startsWith("\"id\",\"card_id\",\"created_at\",\"status\",\"name\""),
					containsString("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), containsString("\"'+1 555 0100\""),
					not(containsString("Volvo")))));
		mvc.perform(get("/dashboard/leads.csv?q=volvo").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Volvo"), not(containsString("HYPERLINK")))));
		mvc.perform(get("/dashboard/leads/" + hostile + ".vcf").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("FN:<img src=x onerror=alert(1)>")));
	}

	@Test
	void someoneElsesLeadsAndCardsAre404() throws Exception {
		Owner stranger = accounts.create();
		for (var request : List.of(get("/api/v1/leads/" + hostile), get("/api/v1/leads/" + hostile + ".vcf"),
				get("/api/v1/cards/" + ana.getId() + "/leads"), get("/api/v1/cards/" + ana.getId() + "/leads.csv"),
				delete("/api/v1/leads/" + hostile),
				patch("/api/v1/leads/" + hostile).contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"closed\"}"))) {
			mvc.perform(request.header("Authorization", stranger.bearer())).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/leads").header("Authorization", stranger.bearer())).andExpect(jsonPath("$", hasSize(0)));
		var other = users.loadUserByUsername(stranger.account().email());
		mvc.perform(get("/dashboard/leads/" + hostile).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post("/dashboard/leads/" + hostile + "/delete").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/dashboard/leads?card=" + ana.getId()).with(user(other))).andExpect(status().isNotFound());
		assertThat(leads.get(owner.id(), hostile).status()).isEqualTo("new");
	}

	@Test
	void theInboxShowsEscapedLeadsFiltersThemAndWorksEachOne() throws Exception {
		mvc.perform(get("/dashboard/leads").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;img src=x onerror=alert(1)&gt;"),
					not(containsString("<img src=x")), containsString("Bo Lindqvist"),
					containsString("href=\"/dashboard/leads.csv\""))));
		mvc.perform(get("/dashboard/leads?card=" + shop.getId() + "&q=bo").with(user(principal)))
			.andExpect(content().string(allOf(containsString("Bo Lindqvist"), not(containsString("onerror")),
					containsString("href=\"/dashboard/leads.csv?card=" + shop.getId() + "&amp;q=bo\""))));
		mvc.perform(get("/dashboard/leads?q=" + "x".repeat(101)).with(user(principal)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"f-q-error\"")));

		mvc.perform(get("/dashboard/leads/" + hostile).with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;img src=x onerror=alert(1)&gt;"), not(containsString("<img src=x")),
					containsString("I agree that the owner"))));
		mvc.perform(post("/dashboard/leads/" + hostile).with(user(principal)).with(csrf()).param("status", "closed")
			.param("tags", "fair, vip").param("ownerNote", "Not a real lead"))
			.andExpect(status().is3xxRedirection());
		assertThat(leads.get(owner.id(), hostile).tags()).containsExactly("fair", "vip");
		mvc.perform(post("/dashboard/leads/" + hostile).with(user(principal)).with(csrf()).param("status", "closed")
			.param("tags", "a\r\nb"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("field-error")));
		mvc.perform(post("/dashboard/leads/" + hostile + "/delete").with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/dashboard/leads/" + hostile).with(user(principal))).andExpect(status().isNotFound());
	}
}
