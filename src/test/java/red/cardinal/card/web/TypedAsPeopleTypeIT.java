package red.cardinal.card.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.card.Address;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;

/**
 * Owners type what they know: a number without its country code, an @username, a bare
 * {@code www.} address, a name in any script, family name first; the card takes each as meant, in
 * the editor and in the API, and shows it so on the page and in the vCard.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TypedAsPeopleTypeIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	CardManagement cards;

	Owner owner;

	UserDetails principal;

	@BeforeEach
	void owner() {
		owner = accounts.create();
		principal = users.loadUserByUsername(owner.account().email());
	}

	@Test
	void editorPreselectsTheCountryOfTheAddressAndReadsNumbersWithoutPlusInTheChosenOne() throws Exception {
		Card card = cards.create(owner.id(), CardDetails.builder().slug("de-" + owner.id()).name("Jonas", "Weber")
			.addresses(new Address("work", null, "Berlin", null, null, "Deutschland")).build(), Locale.ENGLISH);
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/contact").with(user(principal)).locale(Locale.forLanguageTag("es-ES")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"DE\" selected>Alemania (+49)</option>")));
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("version", card.versionTag())
			.param("slug", card.getSlug())
			.param("name.given", "Jonas")
			.param("phoneCountry", "AT")
			.param("phones[0].type", "cell")
			.param("phones[0].number", "0664 1234567"))
			.andExpect(redirectedUrl("/dashboard/cards/" + card.getId() + "?saved"));
		assertThat(cards.get(owner.id(), card.getId()).getPhones().get(0).number()).isEqualTo("+436641234567");
	}

	@Test
	void editorShowsSavedNumbersAsPeopleReadThem() throws Exception {
		Card card = cards.create(owner.id(), CardDetails.builder().slug("ph-" + owner.id()).name("Ana", null)
			.phones(new red.cardinal.card.Phone("cell", "+34612345678", true)).build(), Locale.ENGLISH);
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/contact").with(user(principal)))
			.andExpect(content().string(containsString("value=\"+34 612 34 56 78\"")))
			.andExpect(content().string(containsString("<option value=\"ES\" selected>")));
	}

	@Test
	void editorMakesAUsernameTheProfileLinkOfTheChosenNetworkAndAsksForOneWithout() throws Exception {
		Card card = cards.create(owner.id(), CardDetails.builder().slug("ig-" + owner.id()).name("Ana", null).build(),
				Locale.ENGLISH);
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("version", card.versionTag())
			.param("slug", card.getSlug())
			.param("name.given", "Ana")
			.param("links[0].url", "@ana")
			.param("links[1].network", "tiktok")
			.param("links[1].url", "@ana.garcia"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"f-links-0-url-error\">Choose the network of this username")));
		assertThat(cards.get(owner.id(), card.getId()).getLinks()).isEmpty();
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("version", card.versionTag())
			.param("slug", card.getSlug())
			.param("name.given", "Ana")
			.param("links[0].network", "instagram")
			.param("links[0].url", "@ana")
			.param("links[1].network", "tiktok")
			.param("links[1].url", "@ana.garcia"))
			.andExpect(redirectedUrl("/dashboard/cards/" + card.getId() + "?saved"));
		assertThat(cards.get(owner.id(), card.getId()).getLinks()).extracting(l -> l.url())
			.containsExactly("https://www.instagram.com/ana", "https://www.tiktok.com/@ana.garcia");
	}

	@Test
	void apiMakesABlankSlugFromTheNameInLatinLetters() throws Exception {
		assertThat(create("{\"name\": {\"given\": \"민준\", \"family\": \"김\"}}")).matches("gim-minjun(-\\d+)?");
		assertThat(create("{\"name\": {\"given\": \"María\", \"family\": \"Pérez\"}}")).matches("maria-perez(-\\d+)?");
		String again = create("{\"name\": {\"given\": \"María\", \"family\": \"Pérez\"}}");
		assertThat(again).matches("maria-perez-\\d+");
	}

	@Test
	void saysTheNameFamilyFirstWhenTheCardAsksOnThePageAndInTheVCard() throws Exception {
		String slug = "nagy-" + owner.id();
		create("""
				{"slug": "%s", "published": true, "name": {"given": "László", "family": "Nagy", "order": "familyFirst"},
				 "bio": "Prints at www.nagy.example."}""".formatted(slug));
		mvc.perform(get("/api/v1/cards").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[0].name.order").value("familyFirst"));
		mvc.perform(get("/" + slug))
			.andExpect(content().string(containsString("<h1 dir=\"auto\">Nagy László</h1>")))
			.andExpect(content().string(containsString("<a href=\"https://www.nagy.example\" rel=\"nofollow noopener ugc\">www.nagy.example</a>")));
		mvc.perform(get("/" + slug + ".vcf"))
			.andExpect(content().string(containsString("FN:Nagy László")))
			.andExpect(content().string(containsString("N:Nagy;László")));
	}

	@Test
	void writesAKoreanNameFamilyFirstWithoutBeingAsked() throws Exception {
		String slug = "kim-" + owner.id();
		create("{\"slug\": \"%s\", \"published\": true, \"name\": {\"given\": \"민준\", \"family\": \"김\"}}".formatted(slug));
		mvc.perform(get("/" + slug)).andExpect(content().string(containsString("<h1 dir=\"auto\">김민준</h1>")));
		mvc.perform(get("/" + slug + ".vcf")).andExpect(content().string(containsString("FN:김민준")));
	}

	@Test
	void refusesAnOrderItDoesNotKnowNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": {\"given\": \"Ana\", \"order\": \"sideways\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(matchesPattern("name(\\.order)?")));
	}

	private String create(String json) throws Exception {
		String body = mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.slug");
	}
}
