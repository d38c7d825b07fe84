package red.cardinal.card;

import gg.jte.Content;

import red.cardinal.web.Ui;

/**
 * A section's part of a card's public page. The page's module asks every part for what it shows, in
 * the order the card's design lists the sections, so it needs to know none of them.
 */
public interface CardPagePart {

	/** Its key in the design's order of sections ({@code gallery}, {@code products}, {@code booking}). */
	String key();

	/** Its part of this card's page, or null when it shows nothing (turned off, or empty). */
	Content render(Card card, Visit visit);

	/**
	 * What the part shows that changes without the card's version moving (a store's products), or
	 * null when nothing does: it becomes part of the page's ETag. Asked whenever a page is made or
	 * revalidated the normal way, so it must be one small query at most. A part with such content
	 * also tells {@link red.cardinal.web.PublicPages#changed} when it changes, or kept pages would
	 * go on showing it as it was.
	 */
	default String changeToken(long cardId) {
		return null;
	}

	/**
	 * A part under this key that renders with {@code render}: a section's part made from settings not
	 * saved yet, for a section screen's preview ({@link CardPreviews}).
	 */
	static CardPagePart of(String key, java.util.function.BiFunction<Card, Visit, Content> render) {
		return new CardPagePart() {

			@Override
			public String key() {
				return key;
			}

			@Override
			public Content render(Card card, Visit visit) {
				return render.apply(card, visit);
			}
		};
	}

	/** Who looks: their language, and whether it is the owner's preview (nothing counted, nothing cached). */
	record Visit(Ui ui, boolean preview) {
	}
}
