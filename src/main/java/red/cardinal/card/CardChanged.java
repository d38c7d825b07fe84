package red.cardinal.card;

/** A card or one of its sections' settings changed: what was built from the card (its page) is out of date. */
public record CardChanged(long cardId) {
}
