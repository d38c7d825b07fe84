package red.cardinal.design.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestImages;

@SpringBootTest
@AutoConfigureMockMvc
class DesignApiIT {

	static final String CARD = """
			{"slug": "%s", "published": true, "name": {"given": "Ana", "family": "García"},
			 "links": [{"url": "https://www.linkedin.com/in/ana"}], "design": %s}
			""";

	static final String CORPORATE = """
			{"theme": "corporate", "colors": {"accent": "#1F4E79", "background": null, "text": null},
			 "font": "technical", "photoShape": "square", "buttonStyle": "pill", "mode": "dark",
			 "sections": [{"name": "links", "visible": true}, {"name": "about", "visible": false}]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	Owner owner;

	@BeforeEach
	void owner() {
		owner = accounts.create();
	}

	String createCard(String slug, String design) throws Exception {
		String json = mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CARD.formatted(slug, design)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.id");
	}

	@Test
	void listsEveryThemeAndFontToAnyone() throws Exception {
		mvc.perform(get("/api/v1/themes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(8)))
			.andExpect(jsonPath("$[*].id", containsInAnyOrder("classic", "cover", "split", "minimal", "bold", "stacked",
					"gradient", "corporate")))
			.andExpect(jsonPath("$[0].name").value("Classic"));
		mvc.perform(get("/api/v1/fonts")).andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value("system"));
	}

	@Test
	void storesTheDesignAndShowsItOnThePage() throws Exception {
		String slug = "design-" + owner.id();
		String id = createCard(slug, CORPORATE);
		mvc.perform(get("/api/v1/cards/" + id).header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.design.theme").value("corporate"))
			.andExpect(jsonPath("$.design.colors.accent").value("#1f4e79"))
			.andExpect(jsonPath("$.design.font").value("technical"))
			.andExpect(jsonPath("$.design.buttonStyle").value("pill"))
			.andExpect(jsonPath("$.design.sections[0].name").value("links"))
			.andExpect(jsonPath("$.design.sections[1].visible").value(false))
			.andExpect(jsonPath("$.design.sections", hasSize(red.cardinal.design.Design.SECTIONS.size())));
		var page = mvc.perform(get("/" + slug)).andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"t-corporate\"")))
			.andExpect(content().string(containsString("<p class=\"bar\" dir=\"auto\">")))
			.andExpect(content().string(containsString("ibm-plex-mono-600.woff2")))
			.andReturn().getResponse();
		String html = page.getContentAsString();
		assertThat(html.indexOf("id=\"h-links\"")).isPositive();
		assertThat(html).doesNotContain("id=\"h-about\"");
		// the inline sheet is allowed by its hash and nothing else inline is
		var style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
		assertThat(style.find()).isTrue();
		String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
			.digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
		assertThat(page.getHeaders("Content-Security-Policy")).hasSize(1);
		assertThat(page.getHeader("Content-Security-Policy")).contains("style-src 'self' 'sha256-" + hash + "'")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void keepsTheDesignWhenAnUpdateLeavesItOut() throws Exception {
		String id = createCard("keep-" + owner.id(), CORPORATE);
		mvc.perform(put("/api/v1/cards/" + id).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CARD.formatted("keep-" + owner.id(), "null")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.design.theme").value("corporate"));
	}

	@Test
	void refusesHostileAndUnknownValuesNamingEachField() throws Exception {
		String hostile = """
				{"theme": "neon", "colors": {"accent": "red;}</style><script>alert(1)</script>"}, "font": "papyrus",
				 "sections": [{"name": "contact"}, {"name": "ads"}]}""";
		mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CARD.formatted("hostile-" + owner.id(), hostile)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("design.theme", "design.colors.accent",
					"design.font", "design.sections[1].name")))
			.andExpect(content().string(not(containsString("<script>"))));
		mvc.perform(get("/hostile-" + owner.id())).andExpect(status().isNotFound());
	}

	@Test
	void warnsAboutPoorContrastWithTheNearestPassingColour() throws Exception {
		String id = createCard("pale-" + owner.id(), """
				{"theme": "classic", "colors": {"accent": "#ffcf33", "background": "#ffffff", "text": "#1c1c1f"}, "mode": "light"}""");
		mvc.perform(get("/api/v1/cards/" + id).header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.designWarnings", hasSize(1)))
			.andExpect(jsonPath("$.designWarnings[0].field").value("colors.accent"))
			.andExpect(jsonPath("$.designWarnings[0].required").value(4.5))
			.andExpect(jsonPath("$.designWarnings[0].suggestion").isString());
	}

	@Test
	void takesACoverOnlyFromTheOwnersUploads() throws Exception {
		Owner other = accounts.create();
		String theirs = upload(other);
		mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CARD.formatted("cover-" + owner.id(), "{\"theme\": \"cover\", \"coverMediaId\": \"" + theirs + "\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("design.coverMediaId"));
		String mine = upload(owner);
		String id = createCard("cover-" + owner.id(), "{\"theme\": \"cover\", \"coverMediaId\": \"" + mine + "\"}");
		mvc.perform(get("/cover-" + owner.id())).andExpect(content().string(containsString("class=\"cover\"")));
		// the library says where the upload is used, and deleting it anyway takes it off the card
		mvc.perform(get("/api/v1/media").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[0].usedBy[0]").value("the cover of /cover-" + owner.id()));
		mvc.perform(delete("/api/v1/media/" + mine + "?force=true").header("Authorization", owner.bearer()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/cards/" + id).header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.design.coverMediaId").doesNotExist());
	}

	@Test
	void savesListsReplacesAndDeletesBrandDesigns() throws Exception {
		String json = mvc.perform(post("/api/v1/designs").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Estudio\", \"design\": " + CORPORATE + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.design.theme").value("corporate"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(json, "$.id");
		mvc.perform(post("/api/v1/designs").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Estudio\", \"design\": {\"theme\": \"minimal\"}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(id));
		mvc.perform(get("/api/v1/designs").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].design.theme").value("minimal"));
		Owner other = accounts.create();
		mvc.perform(get("/api/v1/designs/" + id).header("Authorization", other.bearer())).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/designs/" + id).header("Authorization", other.bearer())).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/designs/" + id).header("Authorization", owner.bearer())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/designs").header("Authorization", owner.bearer())).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void refusesABrandDesignWithoutANameOrWithABadDesign() throws Exception {
		mvc.perform(post("/api/v1/designs").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"  \", \"design\": {\"theme\": \"classic\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post("/api/v1/designs").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Bad\", \"design\": {\"colors\": {\"text\": \"url(javascript:alert(1))\"}}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("design.colors.text"));
		mvc.perform(get("/api/v1/designs")).andExpect(status().isUnauthorized());
	}

	String upload(Owner who) throws Exception {
		var file = new MockMultipartFile("file", "cover.png", "image/png", TestImages.image("png", 1200, 500));
		String json = mvc.perform(multipart("/api/v1/media").file(file).header("Authorization", who.bearer()))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.id");
	}
}
