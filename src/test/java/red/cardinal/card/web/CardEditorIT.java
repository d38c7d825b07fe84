package red.cardinal.card.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestImages;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;

@SpringBootTest
@AutoConfigureMockMvc
class CardEditorIT {

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

	Card card;

	@BeforeEach
	void ownerWithACard() {
		owner = accounts.create();
		principal = users.loadUserByUsername(owner.account().email());
		card = cards.create(owner.id(), CardDetails.builder().slug("ed-" + owner.id()).name(new PersonName(null, "Ana", null, "García", null)).build(), Locale.ENGLISH);
	}

	@Test
	void keepsTheInputOfASaveOverANewerVersionAndSaysWhatChanged() throws Exception {
		String html = mvc.perform(get("/dashboard/cards/" + card.getId()).with(user(principal)))
			.andReturn().getResponse().getContentAsString();
		String version = hidden(html, "version");
		String base = hidden(html, "base");
		cards.update(owner.id(), card.getId(), CardDetails.of(card).toBuilder()
			.phones(new red.cardinal.card.Phone("cell", "+34612345678", false)).build(), Locale.ENGLISH);
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("version", version).param("base", base)
			.param("slug", "ed-" + owner.id()).param("name.given", "Anita").param("name.family", "García"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("changed this card elsewhere"),
					containsString("<li>Phone numbers</li>"), containsString("value=\"Anita\""))))
			.andExpect(content().string(not(containsString("<li>Name and work</li>"))));
		assertThat(cards.get(owner.id(), card.getId()).getName().given()).isEqualTo("Ana");
		String again = mvc.perform(get("/dashboard/cards/" + card.getId()).with(user(principal)))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("version", hidden(again, "version")).param("base", hidden(again, "base"))
			.param("slug", "ed-" + owner.id()).param("name.given", "Anita"))
			.andExpect(status().is3xxRedirection());
		assertThat(cards.get(owner.id(), card.getId()).getName().given()).isEqualTo("Anita");
	}

	private static String hidden(String html, String name) {
		var m = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(m.find()).as("hidden field " + name).isTrue();
		return m.group(1);
	}

	@Test
	void sendsStrangersToSignIn() throws Exception {
		mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void listsTheOwnersCards() throws Exception {
		mvc.perform(get("/dashboard").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ana García"), containsString("/ed-" + owner.id()),
					containsString("href=\"/dashboard/cards/" + card.getId() + "\""),
					containsString("href=\"/dashboard/cards/" + card.getId() + "/qr\""))));
		// opened at another address than the one links are built for: the owner is told, with what to set
		mvc.perform(get("/dashboard").with(user(principal)).with(r -> {
			r.setServerName("192.168.1.20");
			r.setServerPort(8080);
			return r;
		})).andExpect(content().string(allOf(containsString("you opened Cardinal at http://192.168.1.20:8080"),
				containsString("CARDINAL_BASE_URL"))));
		mvc.perform(get("/dashboard").with(user(principal)).with(r -> {
			r.setServerPort(8080);
			return r;
		})).andExpect(content().string(not(containsString("CARDINAL_BASE_URL"))));
	}

	@Test
	void startsACardAndOpensTheEditor() throws Exception {
		mvc.perform(post("/dashboard/cards").with(user(principal)).with(csrf())
			.param("name.given", "Bea")
			.param("slug", "bea-" + owner.id()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/dashboard/cards/*?created"));
		assertThat(cards.list(owner.id())).extracting(Card::getSlug).contains("bea-" + owner.id());
	}

	@Test
	void refusesAFormWithoutItsCsrfToken() throws Exception {
		mvc.perform(post("/dashboard/cards").with(user(principal)).param("name.given", "Bea"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf().useInvalidToken())
			.param("slug", "ed-" + owner.id())
			.param("name.given", "Changed")).andExpect(status().isForbidden());
		assertThat(cards.get(owner.id(), card.getId()).getName().given()).isEqualTo("Ana");
	}

	@Test
	void showsEachPartOfTheCardOnItsOwnScreen() throws Exception {
		String base = "/dashboard/cards/" + card.getId();
		mvc.perform(get(base).with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"" + base + "/profile\""),
					containsString("href=\"" + base + "/contact\""), containsString("href=\"" + base + "/design\""),
					containsString("href=\"" + base + "/gallery\""), containsString("No phone · no email"),
					containsString("Ana García"), not(containsString("name=\"name.given\"")))));
		mvc.perform(get(base + "/profile").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"name.given\""), containsString("value=\"Ana\""),
					containsString("name=\"slug\""), containsString("name=\"screen\" value=\"profile\""),
					containsString("name=\"next\" value=\"contact\""), not(containsString("value=\"add:phones\"")),
					containsString(base + "/preview"))));
		// an empty list offers a first row to type into
		mvc.perform(get(base + "/contact").with(user(principal)))
			.andExpect(content().string(allOf(containsString("name=\"phones[0].number\""),
					containsString("name=\"emails[0].address\""), containsString("value=\"add:addresses\""),
					not(containsString("name=\"name.given\"")))));
		mvc.perform(get(base + "/services").with(user(principal)))
			.andExpect(content().string(allOf(containsString("value=\"add:services\""), not(containsString("name=\"links[")))));
		mvc.perform(get(base + "/design").with(user(principal)))
			.andExpect(content().string(allOf(containsString("name=\"design.theme\""), not(containsString("name=\"next\"")))));
	}

	@Test
	void savesAScreenAndKeepsEveryOtherPartAsSaved() throws Exception {
		cards.update(owner.id(), card.getId(), CardDetails.of(card).toBuilder()
			.jobTitle("Photographer")
			.phones(new red.cardinal.card.Phone("cell", "+34612345678", true))
			.links(new red.cardinal.card.Link("https://github.com/ana", null))
			.build(), Locale.ENGLISH);
		Card before = cards.get(owner.id(), card.getId());
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("screen", "links").param("version", before.versionTag())
			.param("links[0].url", "@ana.fotos").param("links[0].network", "instagram"))
			.andExpect(redirectedUrl("/dashboard/cards/" + card.getId() + "/links?saved"));
		Card after = cards.get(owner.id(), card.getId());
		assertThat(after.getLinks()).extracting(red.cardinal.card.Link::url).containsExactly("https://www.instagram.com/ana.fotos");
		assertThat(after.getPhones()).extracting(red.cardinal.card.Phone::number).containsExactly("+34612345678");
		assertThat(after.getJobTitle()).isEqualTo("Photographer");
		assertThat(after.getSlug()).isEqualTo(card.getSlug());

		// the profile's screen, then on to contact; from htmx, the next screen loads as a page of its own
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.header("HX-Request", "true")
			.param("screen", "profile").param("version", after.versionTag()).param("next", "contact")
			.param("slug", card.getSlug()).param("name.given", "Ana").param("name.family", "García")
			.param("jobTitle", "Portrait photographer"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", "/dashboard/cards/" + card.getId() + "/contact?saved"));
		Card profiled = cards.get(owner.id(), card.getId());
		assertThat(profiled.getJobTitle()).isEqualTo("Portrait photographer");
		assertThat(profiled.getLinks()).hasSize(1);
		assertThat(profiled.getPhones()).hasSize(1);

		// publishing from the overview changes nothing else
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("screen", "overview").param("version", profiled.versionTag()).param("action", "publish"))
			.andExpect(redirectedUrl("/dashboard/cards/" + card.getId() + "?saved=published"));
		Card live = cards.get(owner.id(), card.getId());
		assertThat(live.isPublished()).isTrue();
		assertThat(CardDetails.of(live).toBuilder().published(false).build()).isEqualTo(CardDetails.of(profiled));
	}

	@Test
	void aRefusedScreenSaysWhatToMendAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("screen", "contact").param("version", card.versionTag())
			.param("phones[0].number", "+1 415\r\n555").param("emails[0].address", "ana@example.com"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#f-phones-0-number\""),
					containsString("id=\"f-phones-0-number-error\""), containsString("value=\"ana@example.com\""),
					containsString("name=\"screen\" value=\"contact\""), not(containsString("name=\"name.given\"")))));
		assertThat(cards.get(owner.id(), card.getId()).getEmails()).isEmpty();
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/nonsense").with(user(principal)))
			.andExpect(status().isNotFound());
	}

	@Test
	void addsARowWithoutSaving() throws Exception {
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("slug", "ed-" + owner.id())
			.param("name.given", "Ana Changed")
			.param("action", "add:phones"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"phones[0].number\""),
					containsString("value=\"Ana Changed\""), containsString("not saved yet"))));
		assertThat(cards.get(owner.id(), card.getId()).getName().given()).isEqualTo("Ana");
	}

	@Test
	void savesAndRedirects() throws Exception {
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("slug", "ed-" + owner.id())
			.param("published", "true")
			.param("name.given", "Ana")
			.param("phones[0].type", "cell")
			.param("phones[0].number", "+34 612 34 56 78")
			.param("phones[0].whatsapp", "true")
			.param("links[0].url", "https://github.com/ana")
			.param("services[0].title", "Portraits"))
			.andExpect(redirectedUrl("/dashboard/cards/" + card.getId() + "?saved"));
		Card saved = cards.get(owner.id(), card.getId());
		assertThat(saved.isPublished()).isTrue();
		assertThat(saved.getPhones()).singleElement().satisfies(p -> {
			assertThat(p.number()).isEqualTo("+34612345678");
			assertThat(p.whatsapp()).isTrue();
		});
		assertThat(saved.getLinks()).hasSize(1);
		assertThat(saved.getServices()).hasSize(1);
	}

	@Test
	void publishesWithItsOwnButtonSavingWhatWasTypedAndUnpublishesAgain() throws Exception {
		mvc.perform(get("/dashboard/cards/" + card.getId()).with(user(principal)))
			.andExpect(content().string(allOf(containsString("form=\"card-form\" name=\"action\" value=\"publish\""),
					containsString("<span class=\"badge\">Draft</span>"))));
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("version", card.versionTag()).param("slug", card.getSlug()).param("published", "false")
			.param("name.given", "Ana").param("jobTitle", "Photographer").param("action", "publish"))
			.andExpect(redirectedUrl("/dashboard/cards/" + card.getId() + "?saved=published"));
		Card live = cards.get(owner.id(), card.getId());
		assertThat(live.isPublished()).isTrue();
		assertThat(live.getJobTitle()).isEqualTo("Photographer");
		mvc.perform(get("/dashboard/cards/" + card.getId() + "?saved=published").with(user(principal)))
			.andExpect(content().string(allOf(containsString("Saved and published"), containsString("value=\"unpublish\""))));
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("version", live.versionTag()).param("slug", card.getSlug()).param("published", "true")
			.param("name.given", "Ana").param("action", "unpublish"))
			.andExpect(redirectedUrl("/dashboard/cards/" + card.getId() + "?saved=unpublished"));
		assertThat(cards.get(owner.id(), card.getId()).isPublished()).isFalse();
	}

	@Test
	void leavesTheCardADraftWhenPublishingIsRefused() throws Exception {
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("version", card.versionTag()).param("slug", card.getSlug()).param("published", "false")
			.param("name.given", "Ana").param("phones[0].number", "not a phone").param("action", "publish"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("tabindex=\"-1\" data-focus"),
					containsString("value=\"publish\""), not(containsString("value=\"unpublish\"")))));
		assertThat(cards.get(owner.id(), card.getId()).isPublished()).isFalse();
	}

	@Test
	void showsErrorsNextToTheirFieldsAndSavesNothing() throws Exception {
		mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
			.param("slug", "ed-" + owner.id())
			.param("name.given", "<script>alert(1)</script>")
			.param("links[0].url", "javascript:alert(1)")
			.param("phones[0].number", "+1 415\r\n555"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-links-0-url-error\""),
					containsString("Only http, https, mailto and tel addresses are accepted."),
					containsString("id=\"f-phones-0-number-error\""), containsString("aria-invalid=\"true\""),
					containsString("value=\"&lt;script>alert(1)&lt;/script>\""), not(containsString("<script>alert(1)")))));
		assertThat(cards.get(owner.id(), card.getId()).getLinks()).isEmpty();
		assertThat(cards.get(owner.id(), card.getId()).getName().given()).isEqualTo("Ana");
	}

	@Test
	void saysWhenTheSlugIsTakenReservedOrMalformed() throws Exception {
		cards.create(accounts.create().id(), CardDetails.builder().slug("taken-" + owner.id()).name(new PersonName(null, "Eve", null, null, null)).build(),
				Locale.ENGLISH);
		for (var slug : java.util.Map.of("taken-" + owner.id(), "already taken", "admin", "used by Cardinal itself",
				"-Bad Slug-", "lower-case letters").entrySet()) {
			mvc.perform(post("/dashboard/cards/" + card.getId()).with(user(principal)).with(csrf())
				.param("slug", slug.getKey())
				.param("name.given", "Ana"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"f-slug-error\""), containsString(slug.getValue()))));
		}
		assertThat(cards.get(owner.id(), card.getId()).getSlug()).isEqualTo("ed-" + owner.id());
	}

	@Test
	void speaksSpanishWhenAskedTo() throws Exception {
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/profile").with(user(principal)).locale(Locale.forLanguageTag("es")))
			.andExpect(content().string(allOf(containsString("lang=\"es\""), containsString("Guardar y seguir"))));
	}

	@Test
	void refusesAPhotoThatIsNotAnImage() throws Exception {
		mvc.perform(multipart("/dashboard/cards/" + card.getId() + "/photo")
			.file(new MockMultipartFile("file", "x.png", "image/png", "<svg onload=alert(1)>".getBytes()))
			.with(user(principal))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"f-file-error\"")));
		assertThat(cards.get(owner.id(), card.getId()).getPhotoKey()).isNull();
	}

	@Test
	void refusesAnImageOfHugePixelDimensions() throws Exception {
		mvc.perform(multipart("/dashboard/cards/" + card.getId() + "/photo")
			.file(new MockMultipartFile("file", "flood.png", "image/png", TestImages.pngHeader(30_000, 30_000)))
			.with(user(principal))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The image is too large")));
	}

	@Test
	void storesAPhoto() throws Exception {
		mvc.perform(multipart("/dashboard/cards/" + card.getId() + "/photo")
			.file(new MockMultipartFile("file", "me.png", "image/png", TestImages.image("png", 400, 300)))
			.with(user(principal))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(cards.get(owner.id(), card.getId()).getPhotoKey()).isNotNull();
	}

	@Test
	void treatsSomeoneElsesCardAsUnknown() throws Exception {
		UserDetails other = users.loadUserByUsername(accounts.create().account().email());
		String path = "/dashboard/cards/" + card.getId();
		mvc.perform(get(path).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(get(path + "/contact").with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post(path).with(user(other)).with(csrf()).param("screen", "overview").param("action", "unpublish"))
			.andExpect(status().isNotFound());
		mvc.perform(post(path).with(user(other)).with(csrf()).param("slug", "stolen").param("name.given", "Eve"))
			.andExpect(status().isNotFound());
		mvc.perform(get(path + "/delete").with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post(path + "/delete").with(user(other)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(path + "/photo/remove").with(user(other)).with(csrf())).andExpect(status().isNotFound());
		assertThat(cards.get(owner.id(), card.getId()).getName().given()).isEqualTo("Ana");
	}

	@Test
	void deletesAfterConfirmation() throws Exception {
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/delete").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be undone")));
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/delete").with(user(principal)).with(csrf()))
			.andExpect(redirectedUrl("/dashboard?deleted"));
		assertThat(cards.list(owner.id())).isEmpty();
	}
}
