package red.cardinal.gallery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.SectionPreviewChecks;
import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;

/** The gallery screen's live preview: the gallery as typed on the card's page, nothing saved. */
@SpringBootTest
@AutoConfigureMockMvc
class GalleryPreviewIT {

	private static final String SAVED = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	CardManagement cards;

	SectionPreviewChecks checks;

	UserDetails owner;

	Card card;

	@BeforeEach
	void cardWithAVideo() throws Exception {
		checks = new SectionPreviewChecks(mvc, cards);
		var account = accounts.create();
		owner = users.loadUserByUsername(account.account().email());
		card = cards.create(account.id(), TestCards.person("gal-prev-" + account.id(), "Lucía").build(), Locale.ENGLISH);
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/gallery").with(user(owner)).with(csrf())
			.param("version", card.versionTag()).param("gallery[0].type", "video").param("gallery[0].videoUrl", SAVED)
			.param("gallery[0].caption", "Saved clip"))
			.andExpect(status().is3xxRedirection());
		card = cards.get(account.id(), card.getId());
	}

	@Test
	void showsTheGalleryAsTypedWithoutSavingIt() throws Exception {
		String html = checks.preview(card, "gallery", owner, form -> form.param("gallery[0].type", "video")
			.param("gallery[0].videoUrl", "https://vimeo.com/76979871").param("gallery[0].caption", "Kiln day <script>x()</script>"));
		assertThat(html).contains("Kiln day &lt;script&gt;", "https://vimeo.com/76979871")
			.doesNotContain("Saved clip", "<script>x()");
	}

	@Test
	void offersThePreviewOnTheScreenItself() throws Exception {
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/gallery").with(user(owner)))
			.andExpect(content().string(Matchers.allOf(
					Matchers.containsString("formaction=\"/dashboard/cards/" + card.getId() + "/gallery/preview\" formtarget=\"preview\""),
					Matchers.containsString("data-unsaved=\"false\""), Matchers.containsString("/assets/section-preview.js"))));
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/gallery").with(user(owner)).with(csrf())
			.param("version", card.versionTag()).param("action", "add:videos"))
			.andExpect(content().string(Matchers.containsString("data-unsaved=\"true\"")));
	}

	@Test
	void showsTheSavedGalleryWhileTheTypedOneIsInvalid() throws Exception {
		String html = checks.preview(card, "gallery", owner, form -> form.param("gallery[0].type", "video")
			.param("gallery[0].videoUrl", "javascript:alert(1)").param("gallery[0].caption", "Typed"));
		assertThat(html).contains("Saved clip", "youtube-nocookie.com/embed/dQw4w9WgXcQ").doesNotContain("javascript:alert");
	}

	@Test
	void keepsToTheGallerysCapAndTheFormsListLimit() throws Exception {
		String html = checks.preview(card, "gallery", owner, form -> {
			for (int i = 0; i < 31; i++) {
				form.param("gallery[" + i + "].type", "video").param("gallery[" + i + "].videoUrl", SAVED)
					.param("gallery[" + i + "].caption", "Row " + i);
			}
			return form;
		});
		assertThat(html).contains("Saved clip").doesNotContain("Row 30");
		mvc.perform(post("/dashboard/cards/" + card.getId() + "/gallery/preview").with(user(owner)).with(csrf())
			.param("gallery[100000].caption", "far"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void showsNoOneElsesUploadsAndRefusesOthers() throws Exception {
		var stranger = accounts.create();
		String html = checks.preview(card, "gallery", owner, form -> form.param("gallery[0].type", "image")
			.param("gallery[0].mediaId", "1").param("gallery[0].alt", "Not mine"));
		assertThat(html).contains("Saved clip").doesNotContain("Not mine");
		checks.refusesOthers(card, "gallery", owner, users.loadUserByUsername(stranger.account().email()));
	}
}
