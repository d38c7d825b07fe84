package red.cardinal.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestCards;
import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.card.Address;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Email;
import red.cardinal.card.Link;
import red.cardinal.card.PersonName;
import red.cardinal.card.Phone;
import red.cardinal.card.Service;
import red.cardinal.card.Website;
import red.cardinal.web.PublicPages;

@SpringBootTest
@AutoConfigureMockMvc
class CardPageIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublicPages rendered;

	Owner owner;

	String slug;

	@BeforeEach
	void owner() {
		owner = accounts.create();
		slug = "page-" + owner.id();
	}

	Card card(boolean published, String given, String bio) {
		return cards.create(owner.id(), CardDetails.builder().slug(slug).published(published).name(new PersonName("Dr.", given, null, "García", null)).jobTitle("Photographer").organization("Estudio <Luz>").bio(bio).phones(List.of(new Phone("cell", "+34 612 34 56 78", true), new Phone("work", "+1 415 555 0123", false))).emails(List.of(new Email("work", "ana@example.com"))).websites(List.of(new Website("Portfolio", "https://ana.example/"))).addresses(List.of(new Address("work", "Calle Mayor 1", "Madrid", null, "28013", "Spain"))).links(List.of(new Link("https://github.com/ana", null), new Link("https://shop.example", "Prints"))).services(List.of(new Service("Portraits", "One hour.\nTen photos.", "€120"))).build(), Locale.ENGLISH);
	}

	@Test
	void dropsAKeptPageWhenItsCardChangesOrGoes() throws Exception {
		Card card = card(true, "Ana", null);
		mvc.perform(get("/" + slug)).andExpect(status().isOk());
		assertThat(rendered.keeps(card.getId())).isTrue();
		cards.update(owner.id(), card.getId(), CardDetails.of(card).toBuilder().jobTitle("Designer").build(), Locale.ENGLISH);
		assertThat(rendered.keeps(card.getId())).as("after a change").isFalse();
		mvc.perform(get("/" + slug)).andExpect(content().string(containsString("Designer")));
		assertThat(rendered.keeps(card.getId())).isTrue();
		cards.delete(owner.id(), card.getId());
		assertThat(rendered.keeps(card.getId())).as("after the delete").isFalse();
		mvc.perform(get("/" + slug)).andExpect(status().isNotFound());
	}

	@Test
	void showsEverySectionWithTappableLinks() throws Exception {
		card(true, "Ana", "Hello https://ana.example/blog\nBye");
		mvc.perform(get("/" + slug))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", allOf(containsString("public"), containsString("no-cache"))))
			.andExpect(content().string(allOf(containsString("<h1 dir=\"auto\">Dr. Ana García</h1>"), containsString("Photographer"),
					containsString("Estudio &lt;Luz&gt;"), containsString("href=\"tel:+34612345678\""),
					containsString("href=\"tel:+14155550123\""), containsString("href=\"/" + slug + "/go/whatsapp/0\""),
					containsString("href=\"mailto:ana@example.com\""), containsString("href=\"https://ana.example/\""),
					containsString("https://www.openstreetmap.org/search?query=Calle+Mayor+1%2C+28013+Madrid%2C+Spain"),
					containsString("<link rel=\"me\" href=\"https://github.com/ana\">"),
					containsString("href=\"/" + slug + "/go/0\""), containsString("icons.svg#github"),
					containsString(">Prints</bdi></a>"), containsString("Portraits"), containsString("€120"),
					containsString("<a href=\"https://ana.example/blog\" rel=\"nofollow noopener ugc\">"),
					containsString("href=\"/" + slug + ".vcf\""), containsString("<link rel=\"canonical\" href=\"http://localhost:8080/" + slug + "\">"),
					containsString("property=\"og:title\" content=\"Dr. Ana García\""), containsString("name=\"twitter:card\""),
					containsString("<html lang=\"en\">"))));
	}

	@Test
	void usesOnlySafeSchemesInLinks() throws Exception {
		card(true, "Ana", "javascript:alert(1) and data:text/html,x");
		String html = mvc.perform(get("/" + slug)).andReturn().getResponse().getContentAsString();
		var hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)).toList();
		assertThat(hrefs).isNotEmpty()
			.allSatisfy(href -> assertThat(href).matches("(/|https://|http://|tel:|mailto:).*"));
		assertThat(html).doesNotContainPattern("<script(?![^>]*src=\"/assets/)");
	}

	@Test
	void showsScriptInTextAsText() throws Exception {
		card(true, "<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
		mvc.perform(get("/" + slug))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					containsString("&lt;img src=x onerror=alert(1)&gt;"), not(containsString("<script>alert")),
					not(containsString("<img src=x")))));
	}

	@Test
	void answersARealNotFoundPageForDraftsAndUnknownSlugs() throws Exception {
		card(false, "Ana", null);
		mvc.perform(get("/" + slug)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is nothing at this address")));
		mvc.perform(get("/no-such-card-here")).andExpect(status().isNotFound());
	}

	@Test
	void redirectsAFormerSlugForever() throws Exception {
		Card card = card(true, "Ana", null);
		var moved = CardDetails.of(card);
		cards.update(owner.id(), card.getId(), CardDetails.builder().slug("moved-" + owner.id()).published(true).name(moved.name()).jobTitle(moved.jobTitle()).organization(moved.organization()).bio(moved.bio()).phones(moved.phones()).emails(moved.emails()).websites(moved.websites()).addresses(moved.addresses()).links(moved.links()).services(moved.services()).build(), Locale.ENGLISH);
		mvc.perform(get("/" + slug).queryParam("src", "qr"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/moved-" + owner.id() + "?src=qr"));
		mvc.perform(get("/moved-" + owner.id())).andExpect(status().isOk());
	}

	@Test
	void answersNotModifiedToARepeatedVisit() throws Exception {
		card(true, "Ana", null);
		String etag = mvc.perform(get("/" + slug)).andReturn().getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/" + slug).header("If-None-Match", etag)).andExpect(status().isNotModified());
	}

	@Test
	void showsAnEditOnTheNextVisitInEachLanguage() throws Exception {
		Card card = card(true, "Ana", null);
		mvc.perform(get("/" + slug)).andExpect(content().string(containsString("Dr. Ana García")));
		mvc.perform(get("/" + slug).header("Accept-Language", "es-ES")).andExpect(content().string(containsString("lang=\"es\"")));
		var d = CardDetails.of(card);
		cards.update(owner.id(), card.getId(), TestCards.person(slug, "Beatriz", "García").jobTitle(d.jobTitle()).organization(d.organization()).bio(d.bio()).phones(d.phones()).emails(d.emails()).websites(d.websites()).addresses(d.addresses()).links(d.links()).services(d.services()).build(), Locale.ENGLISH);
		mvc.perform(get("/" + slug)).andExpect(content().string(allOf(containsString("Beatriz García"), not(containsString("Ana")))));
		mvc.perform(get("/" + slug).header("Accept-Language", "es-ES"))
			.andExpect(content().string(allOf(containsString("lang=\"es\""), containsString("Beatriz García"))));
		cards.update(owner.id(), card.getId(), CardDetails.builder().slug(slug).name(d.name()).jobTitle(d.jobTitle()).organization(d.organization()).bio(d.bio()).phones(d.phones()).emails(d.emails()).websites(d.websites()).addresses(d.addresses()).links(d.links()).services(d.services()).build(), Locale.ENGLISH);
		mvc.perform(get("/" + slug)).andExpect(status().isNotFound());
	}

	@Test
	void servesEveryRegionItsOwnPageWhateverTheCacheKeeps() throws Exception {
		card(true, "Ana", null);
		for (String region : List.of("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV")) {
			mvc.perform(get("/" + slug).header("Accept-Language", "es-" + region))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("lang=\"es\""), containsString("Dr. Ana García"))));
		}
	}

	@Test
	void sendsThePageGzippedOnlyToThoseWhoTakeIt() throws Exception {
		card(true, "Ana", null);
		// the first view goes the normal way, where Tomcat compresses (MockMvc has no Tomcat); the kept page is gzipped
		mvc.perform(get("/" + slug)).andExpect(status().isOk());
		var zipped = mvc.perform(get("/" + slug).header("Accept-Encoding", "br, gzip;q=0.8"))
			.andExpect(header().string("Content-Encoding", "gzip"))
			.andExpect(header().string("Vary", containsString("accept-encoding")))
			.andReturn().getResponse();
		String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.getContentAsByteArray()))
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("Dr. Ana García").endsWith("</html>\n");
		assertThat(zipped.getContentLength()).isEqualTo(zipped.getContentAsByteArray().length);
		mvc.perform(get("/" + slug).header("Accept-Encoding", "gzip;q=0, identity"))
			.andExpect(header().doesNotExist("Content-Encoding"))
			.andExpect(content().string(containsString("Dr. Ana García")));
	}

	@Test
	void previewsADraftForItsOwnerOnly() throws Exception {
		Card card = card(false, "Ana", null);
		var me = users.loadUserByUsername(owner.account().email());
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/preview").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(allOf(containsString("Dr. Ana García"), containsString("noindex"))));
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/preview").with(user(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void offersAWayOutOfInAppBrowsers() throws Exception {
		card(true, "Ana", null);
		mvc.perform(get("/" + slug).header("User-Agent", "Mozilla/5.0 (iPhone) Mobile/15E148 Instagram 339.0.3.12.91"))
			.andExpect(content().string(allOf(containsString("You are in the Instagram app"),
					containsString("/" + slug + "/qr.svg?mode=vcard"))));
		mvc.perform(get("/" + slug).header("User-Agent", "Mozilla/5.0 (iPhone) Version/17.5 Mobile/15E148 Safari/604.1"))
			.andExpect(content().string(not(containsString("You are in the"))));
	}

	@Test
	void letsBrowsersKeepAssetsAndRevalidateThem() throws Exception {
		var css = mvc.perform(get("/assets/card.css"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", allOf(containsString("no-cache"), not(containsString("no-store")))))
			.andReturn().getResponse();
		mvc.perform(get("/assets/card.css").header("If-Modified-Since", css.getHeader("Last-Modified")))
			.andExpect(status().isNotModified());
		mvc.perform(get("/assets/fonts/inter-400.woff2"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", allOf(containsString("max-age=31536000"), containsString("immutable"))));
	}

	@Test
	void neverShadowsTheAppsOwnPaths() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"username\"")));
		mvc.perform(get("/assets/card.css")).andExpect(status().isOk());
	}
}
