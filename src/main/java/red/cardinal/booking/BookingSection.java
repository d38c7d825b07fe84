package red.cardinal.booking;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import red.cardinal.card.Card;
import red.cardinal.card.CardSection;
import red.cardinal.shared.Violation;
import red.cardinal.web.JsonBodies;

/** Appointments as a section of cards: {@code booking} in the card's JSON and its own API. */
@Component
@Order(30)
class BookingSection implements CardSection {

	private final Availability availability;
	private final JsonBodies json;

	BookingSection(Availability availability, JsonBodies json) {
		this.availability = availability;
		this.json = json;
	}

	@Override
	public String name() {
		return "booking";
	}

	@Override
	public String titleKey() {
		return "editor.booking";
	}

	@Override
	public Object read(Card card) {
		return availability.of(card.getId());
	}

	@Override
	public Write check(Card card, JsonNode input, Locale locale, List<Violation> violations) {
		BookingSettings valid = draft(card, input, locale, violations);
		return valid == null ? null : cardId -> availability.save(cardId, valid);
	}

	@Override
	public BookingSettings draft(Card card, JsonNode input, Locale locale, List<Violation> violations) {
		BookingSettings settings = input == null ? null : json.read(input, BookingSettings.class, name(), violations);
		if (settings == null) {
			return null;
		}
		int before = violations.size();
		BookingSettings valid = BookingValidation.check(settings, violations);
		return violations.size() > before ? null : valid;
	}
}
