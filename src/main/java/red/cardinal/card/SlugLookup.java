package red.cardinal.card;

/** What a public slug leads to: a published card, or the slug a renamed card moved to. */
public sealed interface SlugLookup {

	record Found(Card card) implements SlugLookup {
	}

	record Moved(String slug) implements SlugLookup {
	}
}
