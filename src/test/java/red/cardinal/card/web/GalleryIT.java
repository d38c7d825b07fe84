package red.cardinal.card.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestImages;

@SpringBootTest
@AutoConfigureMockMvc
class GalleryIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	Owner owner;

	String mediaId;

	@BeforeEach
	void upload() throws Exception {
		owner = accounts.create();
		mediaId = JsonPath.read(mvc.perform(multipart("/api/v1/media")
			.file(new MockMultipartFile("file", "a.png", "image/png", TestImages.image("png", 1400, 1000)))
			.header("Authorization", owner.bearer())).andReturn().getResponse().getContentAsString(), "$.id");
	}

	@Test
	void showsImagesAndVideosOnTheCardPage() throws Exception {
		mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"slug": "gal-%d", "published": true, "name": {"given": "Ana"},
					 "gallery": [{"type": "image", "mediaId": "%s", "caption": "Sunset <b>", "alt": "A red sky"},
					             {"type": "video", "videoUrl": "https://youtu.be/dQw4w9WgXcQ"}]}
					""".formatted(owner.id(), mediaId)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.gallery[0].type").value("image"))
			.andExpect(jsonPath("$.gallery[0].mediaId").value(mediaId))
			.andExpect(jsonPath("$.gallery[1].videoUrl").value("https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
		mvc.perform(get("/gal-" + owner.id()))
			.andExpect(content().string(allOf(containsString("srcset=\""), containsString("320w"), containsString("1280w"),
					containsString("loading=\"lazy\""), containsString("alt=\"A red sky\""), containsString("Sunset &lt;b&gt;"),
					containsString("data-embed=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
					containsString("href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\""))));
		mvc.perform(get("/api/v1/media").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[0].usedBy", hasItem("the gallery of /gal-" + owner.id())));
		mvc.perform(delete("/api/v1/media/" + mediaId).header("Authorization", owner.bearer())).andExpect(status().isConflict());
		mvc.perform(delete("/api/v1/media/" + mediaId).param("force", "true").header("Authorization", owner.bearer()))
			.andExpect(status().isNoContent());
		String cardId = JsonPath.read(mvc.perform(get("/api/v1/cards").header("Authorization", owner.bearer()))
			.andReturn().getResponse().getContentAsString(), "$[0].id");
		mvc.perform(get("/api/v1/cards/" + cardId).header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.gallery.length()").value(1))
			.andExpect(jsonPath("$.gallery[0].type").value("video"));
		mvc.perform(get("/gal-" + owner.id())).andExpect(status().isOk());
	}

	@Test
	void refusesSomeoneElsesImageAndOtherVideoHosts() throws Exception {
		Owner stranger = accounts.create();
		mvc.perform(post("/api/v1/cards").header("Authorization", stranger.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"slug": "steal-%d", "name": {"given": "Eve"},
					 "gallery": [{"type": "image", "mediaId": "%s"}, {"type": "video", "videoUrl": "https://evil.example/v.mp4"},
					             {"type": "video", "videoUrl": "javascript:alert(1)"}, {"type": "banner"}]}
					""".formatted(stranger.id(), mediaId)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("gallery[0].mediaId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("gallery[1].videoUrl")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("gallery[2].videoUrl")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("gallery[3].type")));
	}

	@Test
	void buildsTheGalleryOnItsOwnScreen() throws Exception {
		var me = users.loadUserByUsername(owner.account().email());
		String location = mvc.perform(post("/dashboard/cards").with(user(me)).with(csrf()).param("name.given", "Ana")
			.param("slug", "ged-" + owner.id())).andReturn().getResponse().getRedirectedUrl();
		String editor = location.replace("?created", "") + "/gallery";
		mvc.perform(get(location.replace("?created", "")).with(user(me)))
			.andExpect(content().string(containsString("href=\"" + editor + "\"")));
		mvc.perform(post(editor).with(user(me)).with(csrf()).param("action", "add:gallery"))
			.andExpect(content().string(allOf(containsString("name=\"gallery[0].mediaId\""),
					containsString("type=\"radio\" name=\"gallery[0].mediaId\" value=\"" + mediaId + "\""))));
		mvc.perform(post(editor).with(user(me)).with(csrf()).param("gallery[0].type", "image").param("gallery[0].mediaId", mediaId).param("gallery[0].alt", "Sky")
			.param("gallery[1].type", "video").param("gallery[1].videoUrl", "https://vimeo.com/76979871"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(editor).with(user(me)))
			.andExpect(content().string(allOf(containsString("value=\"" + mediaId + "\" checked"), containsString("https://vimeo.com/76979871"))));
	}

	@Test
	void runsTheLibraryPage() throws Exception {
		var me = users.loadUserByUsername(owner.account().email());
		mvc.perform(get("/dashboard/media").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("#" + mediaId)));
		mvc.perform(multipart("/dashboard/media").file(new MockMultipartFile("file", "x.svg", "image/svg+xml",
				"<svg onload=alert(1)/>".getBytes())).with(user(me)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"f-file-error\"")));
		mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\": \"lib-%d\", \"name\": {\"given\": \"Ana\"}, \"gallery\": [{\"type\": \"image\", \"mediaId\": \"%s\"}]}"
				.formatted(owner.id(), mediaId)))
			.andExpect(status().isCreated());
		mvc.perform(post("/dashboard/media/" + mediaId + "/delete").with(user(me)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("the gallery of /lib-" + owner.id())));
		mvc.perform(get("/dashboard/media/" + mediaId + "/delete").with(user(me)))
			.andExpect(content().string(allOf(containsString("deleting it removes it from"),
					containsString("the gallery of /lib-" + owner.id()))));
		mvc.perform(post("/dashboard/media/" + mediaId + "/delete").param("anyway", "true").with(user(me)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(post("/dashboard/media/" + mediaId + "/delete").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
	}
}
