package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.function.UnaryOperator;

import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;

/**
 * What every section screen's live preview is checked for: it answers with the card's page, and
 * writes nothing (neither the card's version nor the section's settings move).
 */
public class SectionPreviewChecks {

	private final MockMvc mvc;
	private final CardManagement cards;

	public SectionPreviewChecks(MockMvc mvc, CardManagement cards) {
		this.mvc = mvc;
		this.cards = cards;
	}

	/** Posts {@code form} to the section's preview and returns the page it showed, checking that nothing was saved. */
	public String preview(Card card, String section, UserDetails owner, UnaryOperator<MockHttpServletRequestBuilder> form)
			throws Exception {
		Card before = cards.get(card.getOwnerId(), card.getId());
		Object settings = cards.sectionSettings(before, section);
		String html = mvc.perform(form.apply(post("/dashboard/cards/" + card.getId() + "/" + section + "/preview")
			.with(user(owner)).with(csrf()).param("version", before.versionTag())))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsString();
		Card after = cards.get(card.getOwnerId(), card.getId());
		assertThat(after.versionTag()).isEqualTo(before.versionTag());
		assertThat(cards.sectionSettings(after, section)).isEqualTo(settings);
		return html;
	}

	/**
	 * Someone else's card is a 404, as every owner route answers; a post without the owner's CSRF
	 * token is refused, and so is a body over the owner's limit, before anything reads it.
	 */
	public void refusesOthers(Card card, String section, UserDetails owner, UserDetails stranger) throws Exception {
		String preview = "/dashboard/cards/" + card.getId() + "/" + section + "/preview";
		mvc.perform(post(preview).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(preview).with(user(owner))).andExpect(status().isForbidden());
		mvc.perform(post(preview).with(user(owner)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("version=" + "x".repeat(1_100_000)))
			.andExpect(status().isPayloadTooLarge());
	}
}
