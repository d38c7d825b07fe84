package red.cardinal.card;

/** A card was deleted, and with it its sections' settings; nothing built from it should be kept. */
public record CardDeleted(long cardId, long ownerId) {
}
