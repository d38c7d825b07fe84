package red.cardinal.leads;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import red.cardinal.card.Card;
import red.cardinal.card.CardSection;
import red.cardinal.shared.Violation;
import red.cardinal.web.JsonBodies;

/** Lead capture as a section of cards: {@code leads} in the card's JSON and its own API. */
@Component
@Order(40)
class LeadsSection implements CardSection {

	private final LeadForms forms;
	private final JsonBodies json;

	LeadsSection(LeadForms forms, JsonBodies json) {
		this.forms = forms;
		this.json = json;
	}

	@Override
	public String name() {
		return "leads";
	}

	@Override
	public String titleKey() {
		return "leads.section";
	}

	@Override
	public Object read(Card card) {
		return forms.of(card.getId());
	}

	@Override
	public Write check(Card card, JsonNode input, Locale locale, List<Violation> violations) {
		LeadSettings valid = draft(card, input, locale, violations);
		return valid == null ? null : cardId -> forms.save(cardId, valid);
	}

	@Override
	public LeadSettings draft(Card card, JsonNode input, Locale locale, List<Violation> violations) {
		LeadSettings settings = input == null ? null : json.read(input, LeadSettings.class, name(), violations);
		return settings == null ? null : LeadSettingsValidation.check(settings, violations);
	}
}
