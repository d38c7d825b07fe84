package red.cardinal.card;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import red.cardinal.shared.Violation;

/**
 * A section of cards that lives in its own module (a gallery, a store, appointments…) and keeps its
 * own settings, keyed by the card's id. Sections list themselves here for the editor and the
 * dashboard, and take part in the card's JSON: {@code card} knows nothing else of them. Its page
 * part, if it has one, is a {@link CardPagePart}.
 */
public interface CardSection {

	/** Its name: its field in the card's JSON and its API, {@code /api/v1/cards/{id}/sections/{name}}. */
	String name();

	/** The message key of its title, for the editor's list of sections. */
	String titleKey();

	/** Where its editor screen is, for one card. */
	default String editorPath(long cardId) {
		return "/dashboard/cards/" + cardId + "/" + name();
	}

	/** Its settings of this card, as its JSON shows them. */
	Object read(Card card);

	/**
	 * Checks settings for a card as it is about to be saved: the card's details may have changed
	 * with them (a store's order number must still be one of the card's). A null {@code input} keeps
	 * the current settings, checked against the card. Adds every problem to {@code violations},
	 * named by its JSON path ({@code store.currency}); reads, but writes nothing.
	 * @return what stores the settings once nothing was wrong, or null when nothing is to store
	 */
	Write check(Card card, JsonNode input, Locale locale, List<Violation> violations);

	/**
	 * The settings {@link #check} would store for this input, checked the same way, for the editor's
	 * preview: nothing is written. Null when something was wrong (added to {@code violations}), or
	 * when the section shows no draft (the preview then shows its saved settings).
	 */
	default Object draft(Card card, JsonNode input, Locale locale, List<Violation> violations) {
		return null;
	}

	/** Stores checked settings for a card, in the card's transaction. */
	@FunctionalInterface
	interface Write {

		void save(long cardId);
	}
}
