package red.cardinal.card.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import red.cardinal.TestCards;
import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;
import red.cardinal.design.BrandDesigns;
import red.cardinal.design.Design;

/** The editor's design section, its live preview and brand designs, as an owner's browser posts them. */
@SpringBootTest
@AutoConfigureMockMvc
class DesignEditorIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	CardManagement cards;

	@Autowired
	BrandDesigns brands;

	Owner owner;

	UserDetails principal;

	Card card;

	@BeforeEach
	void ownerWithACard() {
		owner = accounts.create();
		principal = users.loadUserByUsername(owner.account().email());
		card = cards.create(owner.id(), TestCards.person("look-" + owner.id(), "Ana", "García").bio("About me").build(), Locale.ENGLISH);
	}

	/** The editor form as a browser posts it, with the design fields filled; the sections named last are unticked. */
	MockHttpServletRequestBuilder form(String path, String theme, String accent, String... hidden) {
		var request = post("/dashboard/cards/" + card.getId() + path).with(user(principal)).with(csrf())
			.param("slug", card.getSlug())
			.param("published", "true")
			.param("name.given", "Ana")
			.param("name.family", "García")
			.param("bio", "About me")
			.param("design.theme", theme)
			.param("design.font", "elegant")
			.param("design.ownColors", "true")
			.param("design.accent", accent)
			.param("design.background", "#ffffff")
			.param("design.text", "#1c1c1f")
			.param("design.photoShape", "rounded")
			.param("design.buttonStyle", "outline")
			.param("design.mode", "light");
		String[] order = { "about", "contact", "links", "services", "products", "booking", "gallery" };
		for (int i = 0; i < order.length; i++) {
			request.param("design.sections[" + i + "].name", order[i]).param("_design.sections[" + i + "].visible", "on");
			if (!java.util.List.of(hidden).contains(order[i])) {
				request.param("design.sections[" + i + "].visible", "true");
			}
		}
		return request;
	}

	@Test
	void offersEveryThemeFontAndChoice() throws Exception {
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/design").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"design.theme\" value=\"corporate\""),
					containsString("<option value=\"technical\""), containsString("type=\"color\" name=\"design.accent\""),
					containsString("value=\"pill\""), containsString("value=\"up:sections:1\""),
					containsString("formtarget=\"preview\""), containsString("iframe src=\"/dashboard/cards/" + card.getId()
							+ "/preview\" name=\"preview\""))));
	}

	@Test
	void savesTheDesignAndThePageShowsIt() throws Exception {
		mvc.perform(form("", "split", "#3b4cca").param("action", "save"))
			.andExpect(status().is3xxRedirection());
		Design saved = cards.get(owner.id(), card.getId()).getDesign();
		assertThat(saved.theme()).isEqualTo("split");
		assertThat(saved.colors().accent()).isEqualTo("#3b4cca");
		assertThat(saved.visibleSections()).startsWith("about", "contact");
		mvc.perform(get("/" + card.getSlug()))
			.andExpect(content().string(allOf(containsString("class=\"t-split\""), containsString("--accent:#3b4cca"),
					containsString("playfair-display-700.woff2"), containsString(".save{background:transparent"))));
	}

	@Test
	void refusesAnInjectedColourNextToTheFieldAndSavesNothing() throws Exception {
		mvc.perform(form("", "classic", "red;}</style><script>alert(1)</script>").param("action", "save"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-design-colors-accent-error\""),
					containsString("Enter a colour as #rrggbb"), not(containsString("<script>alert(1)")))));
		assertThat(cards.get(owner.id(), card.getId()).getDesign()).isEqualTo(Design.DEFAULT);
	}

	@Test
	void warnsAboutContrastAndTakesTheProposedColourOnRequest() throws Exception {
		String html = mvc.perform(form("", "classic", "#ffcf33").param("action", "add:links"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accent reads poorly on the background")))
			.andReturn().getResponse().getContentAsString();
		var proposal = java.util.regex.Pattern.compile("value=\"color:accent:(#[0-9a-f]{6})\"").matcher(html);
		assertThat(proposal.find()).isTrue();
		mvc.perform(form("", "classic", "#ffcf33").param("action", "color:accent:" + proposal.group(1)))
			.andExpect(content().string(allOf(containsString("name=\"design.accent\" value=\"" + proposal.group(1) + "\""),
					not(containsString("reads poorly")))));
	}

	@Test
	void warnsWhileTheColourIsPickedBeforeAnythingIsSaved() throws Exception {
		String version = cards.get(owner.id(), card.getId()).versionTag();
		mvc.perform(form("/warnings", "classic", "#ffcf33").param("name.given", "").param("name.family", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Accent reads poorly on the background"),
					containsString("value=\"color:accent:#"), not(containsString("<html")))));
		mvc.perform(form("/warnings", "classic", "#0b6e4f")).andExpect(content().string(not(containsString("reads poorly"))));
		assertThat(cards.get(owner.id(), card.getId()).versionTag()).isEqualTo(version);
	}

	@Test
	void warnsOnlyAboutTheOwnersOwnCards() throws Exception {
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/warnings").with(user(stranger)).with(csrf())
			.param("design.accent", "#ffcf33")).andExpect(status().isNotFound());
	}

	@Test
	void movesSectionsWithTheArrowButtons() throws Exception {
		String html = mvc.perform(form("", "classic", "#b3122e").param("action", "down:sections:0"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html.indexOf("name=\"design.sections[0].name\" value=\"contact\"")).isPositive();
		assertThat(html.indexOf("name=\"design.sections[1].name\" value=\"about\"")).isPositive();
	}

	@Test
	void previewsUnsavedChangesWithoutSavingThem() throws Exception {
		mvc.perform(form("/preview", "bold", "#ffcf33").param("name.given", "Preview Only"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(allOf(containsString("class=\"t-bold\""), containsString("Preview Only"),
					containsString("noindex"))));
		Card unchanged = cards.get(owner.id(), card.getId());
		assertThat(unchanged.getName().given()).isEqualTo("Ana");
		assertThat(unchanged.getDesign().theme()).isEqualTo("classic");
	}

	@Test
	void previewsTheDesignEvenWhileAnotherFieldIsInvalid() throws Exception {
		mvc.perform(form("/preview", "minimal", "#1c1c1c").param("phones[0].number", "not a phone"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"t-minimal\"")));
	}

	@Test
	void previewsEverythingTypedButTheInvalidField() throws Exception {
		mvc.perform(form("/preview", "minimal", "#1c1c1c").param("bio", "A new bio, as typed")
			.param("phones[0].number", "not a phone")
			.param("phones[1].number", "+34 612 34 56 78")
			.param("links[0].url", "javascript:alert(1)")
			.param("services[0].title", "Prints"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("A new bio, as typed"), containsString("tel:+34612345678"),
					containsString("Prints"), not(containsString("javascript:")), not(containsString("not a phone")))));
	}

	@Test
	void showsNoPreviewOfSomeoneElsesCard() throws Exception {
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(form("/preview", "bold", "#ffcf33").with(user(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void savesABrandDesignAndAppliesItToAnotherCard() throws Exception {
		mvc.perform(form("", "corporate", "#1f4e79").param("action", "brand:save").param("brandName", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"f-brandName-error\"")));
		mvc.perform(form("", "corporate", "#1f4e79").param("action", "brand:save").param("brandName", "Estudio"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Brand design saved.")));
		long brand = brands.list(owner.id()).get(0).id();
		Card other = cards.create(owner.id(), CardDetails.builder().slug("other-" + owner.id()).name(new PersonName(null, "Bea", null, null, null)).build(),
				Locale.ENGLISH);
		mvc.perform(post("/dashboard/cards/" + other.getId()).with(user(principal)).with(csrf())
			.param("slug", other.getSlug()).param("name.given", "Bea")
			.param("action", "brand:apply").param("brandId", Long.toString(brand)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"corporate\" checked"),
					containsString("Brand design applied"))));
		Owner eve = accounts.create();
		var stranger = users.loadUserByUsername(eve.account().email());
		var theirs = cards.create(eve.id(), CardDetails.builder().slug("theirs-" + owner.id()).name(new PersonName(null, "Eve", null, null, null)).build(),
				Locale.ENGLISH);
		// someone else's brand design is as unknown as a wrong id, even on their own card
		mvc.perform(post("/dashboard/cards/" + theirs.getId()).with(user(stranger)).with(csrf())
			.param("slug", theirs.getSlug()).param("name.given", "Eve")
			.param("action", "brand:apply").param("brandId", Long.toString(brand)))
			.andExpect(status().isNotFound());
	}

	@Test
	void keepsSectionsHiddenThatTheOwnerUnticked() throws Exception {
		mvc.perform(form("", "classic", "#b3122e", "about").param("action", "save"))
			.andExpect(redirectedUrl("/dashboard/cards/" + card.getId() + "?saved"));
		mvc.perform(get("/" + card.getSlug())).andExpect(content().string(not(containsString("id=\"h-about\""))));
	}
}
