package red.cardinal.media;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestImages;
import red.cardinal.card.CardManagement;
import red.cardinal.gallery.Galleries;
import red.cardinal.gallery.GalleryItem;

/** Images uploaded where they are used (the gallery, a product) and picked by their thumbnail. */
@SpringBootTest
@AutoConfigureMockMvc
class MediaInPlaceIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	CardManagement cards;

	@Autowired
	Galleries galleries;

	@Autowired
	MediaManagement media;

	@Autowired
	MediaStore store;

	Owner owner;

	UserDetails me;

	long cardId;

	@BeforeEach
	void card() throws Exception {
		owner = accounts.create();
		me = users.loadUserByUsername(owner.account().email());
		cardId = Long.parseLong(JsonPath.read(mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"slug": "inplace-%d", "name": {"given": "Ana"},
					 "phones": [{"type": "cell", "number": "+34 612 34 56 78", "whatsapp": true}],
					 "store": {"enabled": true, "orderPhone": "+34612345678", "currency": "EUR"}}
					""".formatted(owner.id())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
	}

	static MockMultipartFile png(String name, int width, int height) {
		return new MockMultipartFile("file", name, "image/png", TestImages.image("png", width, height));
	}

	@Test
	void addsSeveralImagesToTheGalleryInOnePostAndSavesThem() throws Exception {
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/gallery/images").file(png("a.png", 900, 600))
			.file(png("b.png", 700, 700)).with(user(me)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/dashboard/cards/" + cardId + "/gallery?saved"));
		var items = galleries.of(cardId);
		assertThat(items).extracting(GalleryItem::type).containsExactly("image", "image");
		var mine = media.find(owner.id(), items.stream().map(GalleryItem::mediaId).toList());
		assertThat(mine).hasSize(2);
		// a second post adds to the end, keeping what was there
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/gallery/images").file(png("c.png", 500, 400))
			.with(user(me)).with(csrf())).andExpect(status().isFound());
		assertThat(galleries.of(cardId)).hasSize(3).first().isEqualTo(items.get(0));
	}

	@Test
	void picksGalleryImagesByTheirThumbnailWhichIsServed() throws Exception {
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/gallery/images").file(png("a.png", 900, 600))
			.with(user(me)).with(csrf())).andExpect(status().isFound());
		String id = galleries.of(cardId).get(0).mediaId().toString();
		String page = mvc.perform(get("/dashboard/cards/" + cardId + "/gallery").with(user(me)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("type=\"radio\" name=\"gallery[0].mediaId\" value=\"" + id + "\" checked")
			.contains("alt=\"Image " + id + ", 900 × 600 pixels\"")
			.doesNotContain("<select id=\"f-gallery-0-mediaId\"")
			.contains("up to 25 MB and 50 megapixels").contains("multiple");
		assertServed(page);
	}

	@Test
	void refusesAGalleryUploadOverTheLimitNextToTheUploadField() throws Exception {
		byte[] big = new byte[26 * 1024 * 1024];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/gallery/images")
			.file(new MockMultipartFile("file", "big.jpg", "image/jpeg", big)).with(user(me)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-file-error\""), containsString("larger than 25 MB"))));
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/gallery/images")
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", "not an image at all".getBytes()))
			.with(user(me)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This is not a JPEG, PNG or WebP image")));
		assertThat(galleries.of(cardId)).isEmpty();
	}

	@Test
	void refusesToUploadIntoSomeoneElsesGalleryOrProduct() throws Exception {
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/gallery/images").file(png("a.png", 300, 300))
			.with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/products/1/image").file(png("a.png", 300, 300))
			.with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		assertThat(galleries.of(cardId)).isEmpty();
	}

	@Test
	void refusesSomeoneElsesUploadPickedInTheGallery() throws Exception {
		long theirs = media.storeImage(accounts.create().id(), TestImages.image("png", 300, 300)).id();
		var version = cards.get(owner.id(), cardId).versionTag();
		mvc.perform(post("/dashboard/cards/" + cardId + "/gallery").with(user(me)).with(csrf()).param("version", version)
			.param("gallery[0].type", "image").param("gallery[0].mediaId", Long.toString(theirs))
			.param("gallery[0].alt", "theirs"))
			.andExpect(status().isBadRequest());
		assertThat(galleries.of(cardId)).isEmpty();
	}

	@Test
	void uploadsAProductsImagesInPlaceAndPicksThemByThumbnail() throws Exception {
		String product = JsonPath.read(mvc.perform(post("/api/v1/cards/" + cardId + "/products")
			.header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Taza\", \"priceMinor\": 1200}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/products/" + product + "/image").file(png("a.png", 800, 800))
			.file(png("b.png", 600, 800)).with(user(me)).with(csrf()))
			.andExpect(status().isFound());
		String page = mvc.perform(get("/dashboard/cards/" + cardId + "/products/" + product).with(user(me)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Pattern.compile("type=\"checkbox\" name=\"images\" value=\"\\d+\" checked").matcher(page).results().count())
			.isEqualTo(2);
		assertThat(page).contains("data-drop").contains("up to 25 MB and 50 megapixels");
		assertServed(page);
		// a refused file is said next to the slot's field, on the product's own screen
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/products/" + product + "/image")
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", "text, renamed".getBytes()))
			.with(user(me)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-file-error\""),
					containsString("This is not a JPEG, PNG or WebP image"), containsString("name=\"images\""))));
	}

	@Test
	void picksTheCoverByThumbnailOnTheDesignScreen() throws Exception {
		long id = media.storeImage(owner.id(), TestImages.image("png", 1600, 600)).id();
		String page = mvc.perform(get("/dashboard/cards/" + cardId + "/design").with(user(me)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("type=\"radio\" name=\"design.coverMediaId\" value=\"" + id + "\"")
			.contains("type=\"radio\" name=\"design.coverMediaId\" value=\"\" checked")
			.contains("data-picker-upload=\"/dashboard/media\"")
			.doesNotContain("<select id=\"f-design-coverMediaId\"");
		assertServed(page);
	}

	@Test
	void cropsTheCoverAroundTheFocusTheOwnerSetAndRefusesAFocusThatIsNotOne() throws Exception {
		long cover = media.storeImage(owner.id(), TestImages.image("png", 1600, 600)).id();
		String card = """
				{"slug": "focus-%d", "published": true, "name": {"given": "Ana"},
				 "design": {"theme": "classic", "coverMediaId": "%d", "coverFocus": "%s"}}
				""";
		mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content(card.formatted(owner.id(), cover, "30,10")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.design.coverFocus").value("30,10"));
		mvc.perform(get("/focus-" + owner.id())).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"cover\""), containsString(".cover{object-position:30% 10%}"))));
		mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content(card.formatted(owner.id() + 1_000_000, cover, "50,50%}body{display:none")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("design.coverFocus"));
	}

	@Test
	void answersAPickersUploadInJsonAndItsRefusalAsAProblem() throws Exception {
		mvc.perform(multipart("/dashboard/media").file(png("wide.png", 1600, 600)).with(user(me)).with(csrf())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.thumbUrl").value(containsString("-320.jpg")))
			.andExpect(jsonPath("$.label").value(containsString("1280 × 480")));
		mvc.perform(multipart("/dashboard/media").file(new MockMultipartFile("file", "x.jpg", "image/jpeg", "text".getBytes()))
			.with(user(me)).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("not a JPEG, PNG or WebP")));
	}

	@Test
	void showsEveryUploadInTheLibraryByAThumbnailThatIsServedTheCardPhotoIncluded() throws Exception {
		cards.changePhoto(owner.id(), cardId, () -> TestImages.image("png", 800, 800));
		// the library takes several at once too
		mvc.perform(multipart("/dashboard/media").file(png("a.png", 300, 200)).file(png("b.png", 400, 200))
			.with(user(me)).with(csrf())).andExpect(redirectedUrl("/dashboard/media?done=uploaded"));
		String page = mvc.perform(get("/dashboard/media").with(user(me))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<select"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(Pattern.compile("<img src=\"/media/").matcher(page).results().count()).isEqualTo(3);
		assertServed(page);
	}

	@Test
	void showsTheThumbnailOfACardPhotoStoredBeforePhotosGotOne() throws Exception {
		cards.changePhoto(owner.id(), cardId, () -> TestImages.image("png", 700, 700));
		var photo = media.list(owner.id()).get(0);
		// as photos were stored before their 320-pixel rendition was: only the 600-pixel one
		store.delete(photo.key().replace(".jpg", "-320.jpg"));
		String page = mvc.perform(get("/dashboard/media").with(user(me))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(photo.key().replace(".jpg", "-320.jpg"));
		mvc.perform(get("/media/" + photo.key().replace(".jpg", "-320.jpg")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Cache-Control", not(containsString("immutable"))));
		mvc.perform(get("/media/" + "0".repeat(64) + "-320.jpg")).andExpect(status().isNotFound());
	}

	/** Every {@code /media/} image the page shows is there. */
	void assertServed(String page) throws Exception {
		var sources = Pattern.compile("<img src=\"(/media/[^\"]+)\"").matcher(page).results().map(m -> m.group(1)).toList();
		assertThat(sources).isNotEmpty();
		for (String src : sources) {
			mvc.perform(get(src)).andExpect(status().isOk());
		}
	}
}
