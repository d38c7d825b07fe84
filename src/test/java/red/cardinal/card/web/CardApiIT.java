package red.cardinal.card.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import red.cardinal.TestAccounts;
import red.cardinal.TestImages;
import red.cardinal.TestAccounts.Owner;

@SpringBootTest
@AutoConfigureMockMvc
class CardApiIT {

	static final String FULL_CARD = """
			{"slug": "%s", "published": true,
			 "name": {"prefix": "Dr.", "given": "Ana", "middle": "Lucía", "family": "García", "suffix": "PhD"},
			 "jobTitle": "Photographer", "organization": "Estudio Luz", "bio": "Portraits & weddings.\\nMadrid <3",
			 "phones": [{"type": "cell", "number": "+34 612 34 56 78", "whatsapp": true},
			            {"type": "work", "number": "+1 415 555 0123", "whatsapp": false}],
			 "emails": [{"type": "work", "address": "ana@example.com"}],
			 "websites": [{"label": "Portfolio", "url": "https://ana.example"}],
			 "addresses": [{"type": "work", "street": "Calle Mayor 1", "locality": "Madrid", "region": "Madrid",
			                "postalCode": "28013", "country": "Spain"}],
			 "links": [{"url": "https://www.linkedin.com/in/ana", "label": null},
			           {"url": "https://shop.example/ana", "label": "Prints"}],
			 "services": [{"title": "Portrait session", "description": "One hour, ten photos.", "price": "€120"}]}
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

	@Test
	void refusesACardPastTheAccountsLimit() throws Exception {
		for (int i = 0; i < 200; i++) {
			mvc.perform(as(post("/api/v1/cards")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": {\"given\": \"Ana\"}}")).andExpect(status().isCreated());
		}
		mvc.perform(as(post("/api/v1/cards")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": {\"given\": \"Ana\"}}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("cards"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at most 200 cards")));
		mvc.perform(as(get("/api/v1/cards"))).andExpect(jsonPath("$.length()").value(200));
	}

	@Test
	void roundTripsEveryField() throws Exception {
		String id = createCard("ana-" + owner.id());
		mvc.perform(as(get("/api/v1/cards/" + id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.slug").value("ana-" + owner.id()))
			.andExpect(jsonPath("$.url").value("http://localhost:8080/ana-" + owner.id()))
			.andExpect(jsonPath("$.published").value(true))
			.andExpect(jsonPath("$.name.prefix").value("Dr."))
			.andExpect(jsonPath("$.name.given").value("Ana"))
			.andExpect(jsonPath("$.name.middle").value("Lucía"))
			.andExpect(jsonPath("$.name.family").value("García"))
			.andExpect(jsonPath("$.name.suffix").value("PhD"))
			.andExpect(jsonPath("$.jobTitle").value("Photographer"))
			.andExpect(jsonPath("$.organization").value("Estudio Luz"))
			.andExpect(jsonPath("$.bio").value("Portraits & weddings.\nMadrid <3"))
			.andExpect(jsonPath("$.phones[0].type").value("cell"))
			.andExpect(jsonPath("$.phones[0].number").value("+34612345678"))
			.andExpect(jsonPath("$.phones[0].whatsapp").value(true))
			.andExpect(jsonPath("$.phones[1].number").value("+14155550123"))
			.andExpect(jsonPath("$.phones[1].whatsapp").value(false))
			.andExpect(jsonPath("$.emails[0].type").value("work"))
			.andExpect(jsonPath("$.emails[0].address").value("ana@example.com"))
			.andExpect(jsonPath("$.websites[0].label").value("Portfolio"))
			.andExpect(jsonPath("$.websites[0].url").value("https://ana.example"))
			.andExpect(jsonPath("$.addresses[0].street").value("Calle Mayor 1"))
			.andExpect(jsonPath("$.addresses[0].locality").value("Madrid"))
			.andExpect(jsonPath("$.addresses[0].region").value("Madrid"))
			.andExpect(jsonPath("$.addresses[0].postalCode").value("28013"))
			.andExpect(jsonPath("$.addresses[0].country").value("Spain"))
			.andExpect(jsonPath("$.links[0].url").value("https://www.linkedin.com/in/ana"))
			.andExpect(jsonPath("$.links[0].network").value("linkedin"))
			.andExpect(jsonPath("$.links[1].label").value("Prints"))
			.andExpect(jsonPath("$.links[1].network").value("custom"))
			.andExpect(jsonPath("$.services[0].title").value("Portrait session"))
			.andExpect(jsonPath("$.services[0].description").value("One hour, ten photos."))
			.andExpect(jsonPath("$.services[0].price").value("€120"));
		mvc.perform(as(get("/api/v1/cards"))).andExpect(jsonPath("$[*].id", hasItem(id)));
	}

	@Test
	void replacesTheWholeCardOnPut() throws Exception {
		String id = createCard("put-" + owner.id());
		mvc.perform(as(put("/api/v1/cards/" + id)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"slug": "put-%d", "published": false, "name": {"given": "김민준"}, "links": [{"url": "github.com/kim"}]}
					""".formatted(owner.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name.given").value("김민준"))
			.andExpect(jsonPath("$.name.family").doesNotExist())
			.andExpect(jsonPath("$.phones").isEmpty())
			.andExpect(jsonPath("$.links[0].url").value("https://github.com/kim"))
			.andExpect(jsonPath("$.links[0].network").value("github"));
	}

	@Test
	void refusesHostileInputNamingEachFieldAndStoresNothing() throws Exception {
		mvc.perform(as(post("/api/v1/cards")).contentType(MediaType.APPLICATION_JSON).content("""
				{"slug": "bad-%d", "name": {"given": "Ana\\r\\nTEL:+1555"}, "jobTitle": "%s",
				 "phones": [{"type": "cell", "number": "+1 415\\r\\n555"}],
				 "websites": [{"url": "data:text/html,<script>alert(1)</script>"}],
				 "links": [{"url": "javascript:alert(document.cookie)"}, {"url": "//evil.example"}]}
				""".formatted(owner.id(), "x".repeat(151))))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name.given")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("jobTitle")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phones[0].number")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("websites[0].url")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("links[0].url")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("links[1].url")))
			.andExpect(jsonPath("$.errors[?(@.field == 'links[0].url')].message",
					hasItem(containsString("http, https, mailto and tel"))));
		mvc.perform(as(get("/api/v1/cards"))).andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void keepsScriptInTextAsText() throws Exception {
		mvc.perform(as(post("/api/v1/cards")).contentType(MediaType.APPLICATION_JSON).content("""
				{"slug": "xss-%d", "name": {"given": "<script>alert(1)</script>"}}
				""".formatted(owner.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name.given").value("<script>alert(1)</script>"));
	}

	@Test
	void answersConflictForATakenSlugAndBadRequestForAReservedOne() throws Exception {
		createCard("taken-" + owner.id());
		Owner other = accounts.create();
		mvc.perform(post("/api/v1/cards").header("Authorization", other.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\": \"taken-%d\", \"name\": {\"given\": \"Eve\"}}".formatted(owner.id())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("slug"));
		mvc.perform(as(post("/api/v1/cards")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\": \"dashboard\", \"name\": {\"given\": \"Eve\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("slug"));
		mvc.perform(as(post("/api/v1/cards")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\": \"Not A Slug!\", \"name\": {\"given\": \"Eve\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("slug"));
	}

	@Test
	void keepsAFormerSlugForItsCard() throws Exception {
		String id = createCard("before-" + owner.id());
		mvc.perform(as(put("/api/v1/cards/" + id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\": \"after-%d\", \"name\": {\"given\": \"Ana\"}}".formatted(owner.id())))
			.andExpect(status().isOk());
		Owner other = accounts.create();
		mvc.perform(post("/api/v1/cards").header("Authorization", other.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\": \"before-%d\", \"name\": {\"given\": \"Eve\"}}".formatted(owner.id())))
			.andExpect(status().isConflict());
		mvc.perform(as(put("/api/v1/cards/" + id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\": \"before-%d\", \"name\": {\"given\": \"Ana\"}}".formatted(owner.id())))
			.andExpect(status().isOk());
	}

	@Test
	void treatsSomeoneElsesCardAsUnknown() throws Exception {
		String id = createCard("mine-" + owner.id());
		Owner other = accounts.create();
		String json = "{\"slug\": \"stolen-%d\", \"name\": {\"given\": \"Eve\"}}".formatted(owner.id());
		mvc.perform(get("/api/v1/cards/" + id).header("Authorization", other.bearer())).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/cards/" + id).header("Authorization", other.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/cards/" + id).header("Authorization", other.bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/cards/" + id + "/photo").file(photo(TestImages.image("png", 50, 50)))
			.header("Authorization", other.bearer())).andExpect(status().isNotFound());
		mvc.perform(as(get("/api/v1/cards/" + id))).andExpect(jsonPath("$.name.given").value("Ana"));
	}

	@Test
	void needsAValidToken() throws Exception {
		mvc.perform(get("/api/v1/cards")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/cards").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void deletesACard() throws Exception {
		String id = createCard("gone-" + owner.id());
		mvc.perform(as(delete("/api/v1/cards/" + id))).andExpect(status().isNoContent());
		mvc.perform(as(get("/api/v1/cards/" + id))).andExpect(status().isNotFound());
	}

	@Test
	void storesAPhotoAndRefusesWhatIsNotAnImage() throws Exception {
		String id = createCard("photo-" + owner.id());
		mvc.perform(as(multipart("/api/v1/cards/" + id + "/photo").file(photo(TestImages.image("png", 900, 700)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.photoUrl", startsWith("/media/")));
		mvc.perform(as(multipart("/api/v1/cards/" + id + "/photo")
			.file(new MockMultipartFile("file", "x.jpg", "image/jpeg", "%PDF-1.4 not an image".getBytes()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(as(multipart("/api/v1/cards/" + id + "/photo").file(photo(TestImages.pngHeader(30_000, 30_000)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message", containsString("too large")));
		mvc.perform(as(multipart("/api/v1/cards/" + id + "/photo"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	String createCard(String slug) throws Exception {
		String body = mvc.perform(as(post("/api/v1/cards")).contentType(MediaType.APPLICATION_JSON)
			.content(FULL_CARD.formatted(slug)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/cards/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	<T extends AbstractMockHttpServletRequestBuilder<T>> T as(T request) {
		return request.header("Authorization", owner.bearer());
	}

	static MockMultipartFile photo(byte[] bytes) {
		return new MockMultipartFile("file", "photo.png", "image/png", bytes);
	}
}
