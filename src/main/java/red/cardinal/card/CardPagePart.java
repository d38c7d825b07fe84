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
	 * null when nothing does: it becomes part of the cached page's key. Asked on every view of a
	 * cached page that shows this part, so it must be one small query at most.
	 */
	default String changeToken(long cardId) {
		return null;
	}

	/** Who looks: their language, and whether it is the owner's preview (nothing counted, nothing cached). */
	record Visit(Ui ui, boolean preview) {
	}
}
