package red.cardinal.store.web;

import java.util.List;

/** The screen for a card's store settings: the form, the card's WhatsApp numbers to take orders, and what happened. */
public record StoreSettingsPage(long cardId, StoreSettingsForm form, List<String> whatsappNumbers, String notice) {
}
