package red.cardinal.store;

import java.util.List;
import java.util.Locale;

import red.cardinal.card.Phone;
import red.cardinal.shared.Money;
import red.cardinal.shared.PhoneNumber;
import red.cardinal.shared.Violation;

/**
 * Checks a store's settings against its card: an open store needs one of the card's WhatsApp
 * numbers to take orders, and a currency. Problems are named {@code store.<field>}.
 */
final class StoreValidation {

	private StoreValidation() {
	}

	/**
	 * The settings, normalised, or null with the problems added.
	 * @param kept whether the settings are the card's current ones, checked against changed phones
	 */
	static StoreSettings check(StoreSettings s, List<Phone> phones, Locale locale, boolean kept,
			List<Violation> violations) {
		int before = violations.size();
		String region = locale == null || locale.getCountry().isEmpty() ? null : locale.getCountry();
		String phone = null;
		if (s.orderPhone() != null && !s.orderPhone().isBlank()) {
			try {
				phone = PhoneNumber.parse(s.orderPhone(), region).e164();
			}
			catch (IllegalArgumentException e) {
				violations.add(Violation.of("store.orderPhone", "store.orderPhone.invalid"));
				return null;
			}
		}
		String number = phone;
		boolean whatsapp = number != null && phones.stream().anyMatch(p -> p.whatsapp() && number.equals(p.number()));
		if (s.enabled() && !whatsapp) {
			violations.add(Violation.of("store.orderPhone", kept ? "store.orderPhone.gone" : "store.orderPhone.required"));
		}
		String currency = s.currency() == null || s.currency().isBlank() ? null
				: s.currency().strip().toUpperCase(Locale.ROOT);
		if (currency != null && Money.currency(currency) == null) {
			violations.add(Violation.of("store.currency", "store.currency.invalid"));
		}
		else if (s.enabled() && currency == null) {
			violations.add(Violation.of("store.currency", "store.currency.required"));
		}
		String tag = s.locale() == null || s.locale().isBlank() ? null : s.locale().strip();
		if (tag != null && (tag.length() > 35 || !tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
				|| Locale.forLanguageTag(tag).getLanguage().isEmpty())) {
			violations.add(Violation.of("store.locale", "store.locale.invalid"));
		}
		return violations.size() > before ? null : new StoreSettings(s.enabled(), phone, currency, tag);
	}
}
