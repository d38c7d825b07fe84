package red.cardinal.store;

/**
 * A card's WhatsApp store: whether it is open, which of the card's WhatsApp numbers takes the
 * orders (E.164), the currency of its prices (ISO 4217) and the language of its order messages
 * (a BCP 47 tag; null is English).
 */
public record StoreSettings(boolean enabled, String orderPhone, String currency, String locale) {

	public static final StoreSettings CLOSED = new StoreSettings(false, null, null, null);
}
