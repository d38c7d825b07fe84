package red.cardinal.store;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import red.cardinal.card.Card;
import red.cardinal.card.CardSection;
import red.cardinal.shared.Violation;
import red.cardinal.web.JsonBodies;

/**
 * The WhatsApp store as a section of cards: {@code store} in the card's JSON and its own API. Its
 * settings are checked again whenever the card's phones change, so orders never go to a number
 * the card no longer has.
 */
@Component
@Order(20)
class StoreSection implements CardSection {

	private final Storefronts storefronts;
	private final Products products;
	private final JsonBodies json;

	StoreSection(Storefronts storefronts, Products products, JsonBodies json) {
		this.storefronts = storefronts;
		this.products = products;
		this.json = json;
	}

	@Override
	public String name() {
		return "store";
	}

	@Override
	public String titleKey() {
		return "store.heading";
	}

	@Override
	public Object read(Card card) {
		return storefronts.of(card.getId());
	}

	@Override
	public Write check(Card card, JsonNode input, Locale locale, List<Violation> violations) {
		if (input == null) {
			StoreValidation.check(storefronts.of(card.getId()), card.getPhones(), locale, true, violations);
			return null;
		}
		StoreSettings valid = draft(card, input, locale, violations);
		return valid == null ? null : cardId -> storefronts.save(cardId, valid);
	}

	@Override
	public StoreSettings draft(Card card, JsonNode input, Locale locale, List<Violation> violations) {
		StoreSettings settings = input == null ? null : json.read(input, StoreSettings.class, name(), violations);
		StoreSettings valid = settings == null ? null : StoreValidation.check(settings, card.getPhones(), locale, false, violations);
		return valid == null || keepsPrices(card, valid, violations) ? valid : null;
	}

	/**
	 * Prices are kept in minor units of the store's currency: once there are products, the currency
	 * may change only to one with as many decimals (EUR to USD, not to JPY), and never to none.
	 */
	private boolean keepsPrices(Card card, StoreSettings settings, List<Violation> violations) {
		if (card.getId() == null) {
			return true; // a card being made has no products yet
		}
		String before = storefronts.of(card.getId()).currency();
		String after = settings.currency();
		if (before == null || before.equals(after) || after != null && decimals(before) == decimals(after)
				|| !products.existsByCardId(card.getId())) {
			return true;
		}
		violations.add(Violation.of("store.currency", after == null ? "store.currency.priced" : "store.currency.decimals",
				before));
		return false;
	}

	private static int decimals(String currency) {
		return Currency.getInstance(currency).getDefaultFractionDigits();
	}
}
