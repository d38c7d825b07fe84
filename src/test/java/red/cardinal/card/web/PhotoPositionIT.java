package red.cardinal.card.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestImages;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;
import red.cardinal.media.MediaManagement;

/** Placing a card's photo: cut again from the upload it came from, in the editor and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class PhotoPositionIT {

	static final int RED = 0xff0000, GREEN = 0x00ff00, BLUE = 0x0000ff;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	CardManagement cards;

	@Autowired
	MediaManagement media;

	@Autowired
	JdbcClient jdbc;

	Owner owner;

	UserDetails principal;

	Card card;

	@BeforeEach
	void ownerWithACard() {
		owner = accounts.create();
		principal = users.loadUserByUsername(owner.account().email());
		card = cards.create(owner.id(), CardDetails.builder().slug("placed-" + owner.id())
			.name(new PersonName(null, "Ana", null, "García", null)).build(), Locale.ENGLISH);
	}

	@Test
	void placesThePhotoThroughTheApiAndDropsTheSquareItReplaces() throws Exception {
		uploadThirds();
		String first = cards.get(owner.id(), card.getId()).getPhotoKey();
		assertThat(TestImages.dominant(bytes("/media/" + first))).isEqualTo(GREEN);
		String position = mvc.perform(get(api()).header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.x").value(50)).andExpect(jsonPath("$.y").value(50)).andExpect(jsonPath("$.zoom").value(100))
			.andExpect(jsonPath("$.source", startsWith("/media/")))
			.andReturn().getResponse().getContentAsString();
		String source = JsonPath.read(position, "$.source");
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes(source))).getWidth()).isEqualTo(width());

		String placed = mvc.perform(put(api()).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"x\": 0, \"y\": 50, \"zoom\": 100}"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String photoUrl = JsonPath.read(placed, "$.photoUrl");
		assertThat(photoUrl).isNotEqualTo("/media/" + first);
		assertThat(TestImages.dominant(bytes(photoUrl))).isEqualTo(RED);
		assertThat(TestImages.dominant(bytes(photoUrl.replace(".jpg", "-300.jpg")))).as("the vCard's size").isEqualTo(RED);
		mvc.perform(get(api()).header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.x").value(0)).andExpect(jsonPath("$.source").value(source));
		assertThat(media.list(owner.id())).as("the library keeps the photo in use, not each try")
			.extracting(m -> m.key()).containsExactly(photoUrl.substring("/media/".length()));
		mvc.perform(get("/media/" + first)).andExpect(status().isNotFound());
	}

	@Test
	void refusesValuesOutOfRangeNamingEachAndChangesNothing() throws Exception {
		uploadThirds();
		String before = cards.get(owner.id(), card.getId()).getPhotoKey();
		mvc.perform(put(api()).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"x\": 101, \"zoom\": 50}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'x')].message").value(org.hamcrest.Matchers.hasItem(containsString("from 0 to 100"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'y')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'zoom')].message").value(org.hamcrest.Matchers.hasItem(containsString("from 100 to 300"))));
		mvc.perform(put(api()).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"x\": \"left\", \"y\": 0, \"zoom\": 100}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("x"));
		assertThat(cards.get(owner.id(), card.getId()).getPhotoKey()).isEqualTo(before);
	}

	@Test
	void saysWhenThereIsNoPhotoToPlace() throws Exception {
		mvc.perform(get(api()).header("Authorization", owner.bearer())).andExpect(status().isNotFound());
		mvc.perform(put(api()).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"x\": 0, \"y\": 0, \"zoom\": 100}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photo"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("upload one first")));
		// a photo stored before photos kept their source
		uploadThirds();
		jdbc.sql("update media set source_key = null where owner_id = ?").param(owner.id()).update();
		mvc.perform(put(api()).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"x\": 0, \"y\": 0, \"zoom\": 100}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("upload it again")));
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/profile").with(user(principal)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("photo/position"))));
	}

	@Test
	void treatsSomeoneElsesCardAsUnknown() throws Exception {
		uploadThirds();
		String before = cards.get(owner.id(), card.getId()).getPhotoKey();
		Owner other = accounts.create();
		mvc.perform(get(api()).header("Authorization", other.bearer())).andExpect(status().isNotFound());
		mvc.perform(put(api()).header("Authorization", other.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"x\": 0, \"y\": 0, \"zoom\": 100}"))
			.andExpect(status().isNotFound());
		UserDetails stranger = users.loadUserByUsername(other.account().email());
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/photo/position").with(user(stranger)).with(csrf())
			.param("x", "0").param("y", "0").param("zoom", "100"))
			.andExpect(status().isNotFound());
		assertThat(cards.get(owner.id(), card.getId()).getPhotoKey()).isEqualTo(before);
	}

	@Test
	void placesThePhotoFromTheProfileScreenAndShowsAMistakeByItsSlider() throws Exception {
		uploadThirds();
		String path = "/dashboard/cards/" + card.getId();
		mvc.perform(get(path + "/profile").with(user(principal)))
			.andExpect(content().string(allOf(containsString("action=\"" + path + "/photo/position\""),
					containsString("id=\"f-photo-zoom\""), containsString("data-crop-source"))));
		mvc.perform(post(path + "/photo/position").with(user(principal)).with(csrf())
			.param("x", "100").param("y", "50").param("zoom", "100"))
			.andExpect(redirectedUrl(path + "/profile?saved"));
		assertThat(TestImages.dominant(bytes("/media/" + cards.get(owner.id(), card.getId()).getPhotoKey()))).isEqualTo(BLUE);
		mvc.perform(post(path + "/photo/position").with(user(principal)).with(csrf())
			.param("x", "40").param("y", "50").param("zoom", "900"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-photo-zoom-error\""), containsString("from 100 to 300"),
					containsString("<details class=\"photo-position\" open>"))));
		mvc.perform(get(path + "/profile").with(user(principal)).locale(Locale.forLanguageTag("es")))
			.andExpect(content().string(containsString("Mover o ampliar la foto")));
	}

	@Test
	void deletesTheSourceWithTheLastPhotoCutFromIt() throws Exception {
		uploadThirds();
		String source = JsonPath.read(mvc.perform(get(api()).header("Authorization", owner.bearer()))
			.andReturn().getResponse().getContentAsString(), "$.source");
		mvc.perform(get(source)).andExpect(status().isOk());
		media.delete(owner.id(), media.list(owner.id()).get(0).id(), true);
		mvc.perform(get(source)).andExpect(status().isNotFound());
	}

	/**
	 * Each owner's own picture, three squares wide: the same photo would be one stored object shared
	 * by the tests' owners.
	 */
	private int width() {
		return 3 * (300 + (int) (owner.id() % 300));
	}

	private String api() {
		return "/api/v1/cards/" + card.getId() + "/photo/position";
	}

	private void uploadThirds() throws Exception {
		mvc.perform(multipart("/dashboard/cards/" + card.getId() + "/photo")
			.file(new MockMultipartFile("file", "thirds.png", "image/png", TestImages.thirds("png", width(), width() / 3, true)))
			.with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private byte[] bytes(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}
}
