package red.cardinal.card.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import red.cardinal.card.CardDetails;
import red.cardinal.card.Link;
import red.cardinal.card.Phone;

class EditorScreenTest {

	private static CardForm saved() {
		var form = CardForm.of(CardDetails.builder().slug("ana").name("Ana", "García").jobTitle("Photographer")
			.phones(new Phone("cell", "+34612345678", true)).links(new Link("https://github.com/ana", null)).build(), "ES");
		form.setVersion("saved-version");
		return form;
	}

	@Test
	void aScreenChangesOnlyItsOwnParts() {
		var typed = new CardForm();
		typed.setLinks(new java.util.ArrayList<>(List.of(new LinkRow("https://gitlab.com/ana", null))));
		typed.setJobTitle("ignored: not on this screen");
		typed.setVersion("typed-version");
		CardDetails whole = EditorScreen.LINKS.merge(typed, saved()).toDetails();
		assertThat(whole.links()).extracting(Link::url).containsExactly("https://gitlab.com/ana");
		assertThat(whole.jobTitle()).isEqualTo("Photographer");
		assertThat(whole.slug()).isEqualTo("ana");
		assertThat(whole.phones()).isEqualTo(saved().toDetails().phones()).hasSize(1);
	}

	@Test
	void theVersionIsTheOneTheFormWasReadAt() {
		var typed = new CardForm();
		typed.setVersion("typed-version");
		assertThat(EditorScreen.OVERVIEW.merge(typed, saved()).getVersion()).isEqualTo("typed-version");
		assertThat(EditorScreen.OVERVIEW.merge(typed, saved()).toDetails().links()).hasSize(1);
	}

	@Test
	void theWholeFormIsTakenAsItIs() {
		var typed = new CardForm();
		assertThat(EditorScreen.WHOLE.merge(typed, saved())).isSameAs(typed);
		assertThat(EditorScreen.of(null)).isEqualTo(EditorScreen.WHOLE);
		assertThat(EditorScreen.of("<script>")).isEqualTo(EditorScreen.WHOLE);
	}

	@Test
	void findsTheScreenOfAFieldAndTheNextInTheGuide() {
		assertThat(EditorScreen.holding("phones[1].number")).isEqualTo(EditorScreen.CONTACT);
		assertThat(EditorScreen.holding("name.given")).isEqualTo(EditorScreen.PROFILE);
		assertThat(EditorScreen.holding("design.colors.accent")).isEqualTo(EditorScreen.DESIGN);
		assertThat(EditorScreen.holding("links")).isEqualTo(EditorScreen.LINKS);
		assertThat(EditorScreen.PROFILE.next()).contains(EditorScreen.CONTACT);
		assertThat(EditorScreen.DESIGN.next()).isEmpty();
		assertThat(EditorScreen.part("overview")).isEmpty();
		assertThat(EditorScreen.CONTACT.path(7)).isEqualTo("/dashboard/cards/7/contact");
	}
}
