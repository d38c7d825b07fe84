package red.cardinal.card.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestImages;

/** Sections have their own API on the card's version, and no edit silently overwrites another. */
@SpringBootTest
@AutoConfigureMockMvc
class SectionsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	red.cardinal.contact.ContactImports imports;

	Owner owner;

	String cardId;

	String mediaId;

	@BeforeEach
	void card() throws Exception {
		owner = accounts.create();
		mediaId = JsonPath.read(mvc.perform(multipart("/api/v1/media")
			.file(new MockMultipartFile("file", "a.png", "image/png", TestImages.image("png", 700, 500)))
			.header("Authorization", owner.bearer())).andReturn().getResponse().getContentAsString(), "$.id");
		cardId = JsonPath.read(mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"slug": "sec-%d", "published": true, "name": {"given": "Ana"},
					 "phones": [{"type": "cell", "number": "+34612345678", "whatsapp": true}],
					 "gallery": [{"type": "image", "mediaId": "%s", "alt": "Sky"}]}
					""".formatted(owner.id(), mediaId)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("ETag"))
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void changesOneSectionAndRefusesAStaleVersion() throws Exception {
		String etag = mvc.perform(get("/api/v1/cards/" + cardId + "/sections/gallery").header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].mediaId").value(mediaId))
			.andReturn().getResponse().getHeader("ETag");
		String newer = mvc.perform(put("/api/v1/cards/" + cardId + "/sections/store").header("Authorization", owner.bearer())
			.header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": true, \"orderPhone\": \"+34612345678\", \"currency\": \"eur\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currency").value("EUR"))
			.andReturn().getResponse().getHeader("ETag");
		mvc.perform(put("/api/v1/cards/" + cardId + "/sections/gallery").header("Authorization", owner.bearer())
			.header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content("[]"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", newer))
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
		mvc.perform(get("/api/v1/cards/" + cardId).header("Authorization", owner.bearer()))
			.andExpect(header().string("ETag", newer))
			.andExpect(jsonPath("$.gallery.length()").value(1))
			.andExpect(jsonPath("$.store.enabled").value(true));
		mvc.perform(put("/api/v1/cards/" + cardId).header("Authorization", owner.bearer()).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON).content("{\"slug\": \"sec-x-" + owner.id() + "\", \"name\": {\"given\": \"Eve\"}}"))
			.andExpect(status().isPreconditionFailed());
	}

	@Test
	void checksASectionLeftOutAgainstTheNewDetails() throws Exception {
		mvc.perform(put("/api/v1/cards/" + cardId + "/sections/store").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": true, \"orderPhone\": \"+34612345678\", \"currency\": \"EUR\"}"))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/cards/" + cardId).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\": \"sec-" + owner.id() + "\", \"published\": true, \"name\": {\"given\": \"Ana\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("store.orderPhone"));
		mvc.perform(get("/api/v1/cards/" + cardId).header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.phones.length()").value(1));
	}

	@Test
	void refusesAnUnknownSectionAndSomeoneElsesCard() throws Exception {
		mvc.perform(get("/api/v1/cards/" + cardId + "/sections/nope").header("Authorization", owner.bearer()))
			.andExpect(status().isNotFound());
		Owner stranger = accounts.create();
		mvc.perform(put("/api/v1/cards/" + cardId + "/sections/gallery").header("Authorization", stranger.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("[]"))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/cards/" + cardId + "/sections/gallery").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"image\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("gallery")));
	}

	@Test
	void importingAContactKeepsTheGallery() throws Exception {
		byte[] vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nN:Ruiz;Ana;;;\r\nTEL;TYPE=CELL:+34612345678\r\nEND:VCARD\r\n"
			.getBytes(StandardCharsets.UTF_8);
		imports.update(owner.id(), Long.parseLong(cardId), vcf, java.util.Locale.ENGLISH);
		mvc.perform(get("/api/v1/cards/" + cardId).header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.name.family").value("Ruiz"))
			.andExpect(jsonPath("$.gallery.length()").value(1))
			.andExpect(jsonPath("$.gallery[0].mediaId").value(mediaId));
	}

	@Test
	void theCardPageShowsAChangedSectionAtOnce() throws Exception {
		mvc.perform(get("/sec-" + owner.id())).andExpect(content().string(containsString("alt=\"Sky\"")));
		mvc.perform(put("/api/v1/cards/" + cardId + "/sections/gallery").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("[]"))
			.andExpect(status().isOk());
		mvc.perform(get("/sec-" + owner.id())).andExpect(content().string(not(containsString("alt=\"Sky\""))));
	}
}
