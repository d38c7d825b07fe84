package red.cardinal.card.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardFormTest {

	@Test
	void addsMovesAndRemovesRows() {
		var form = new CardForm();
		form.apply("add:links");
		form.apply("add:links");
		form.getLinks().get(0).setUrl("https://a.example");
		form.getLinks().get(1).setUrl("https://b.example");
		form.apply("up:links:1");
		assertThat(form.getLinks()).extracting(LinkRow::getUrl).containsExactly("https://b.example", "https://a.example");
		form.apply("remove:links:0");
		assertThat(form.getLinks()).extracting(LinkRow::getUrl).containsExactly("https://a.example");
	}

	@Test
	void ignoresActionsOutOfRangeOrUnknown() {
		var form = new CardForm();
		form.apply("add:phones");
		form.apply("remove:phones:7");
		form.apply("down:phones:0");
		form.apply("up:phones:-1");
		form.apply("add:nothing");
		form.apply("explode");
		assertThat(form.getPhones()).hasSize(1);
	}

	@Test
	void dropsRowsLeftBlank() {
		var form = new CardForm();
		form.apply("add:phones");
		form.apply("add:services");
		form.getServices().get(0).setTitle("Portraits");
		var details = form.toDetails();
		assertThat(details.phones()).isEmpty();
		assertThat(details.services()).hasSize(1);
	}
}
