package red.cardinal.card;

/**
 * What a public slug leads to, read without loading the card: the card, its current slug (a former
 * one redirects), and its version: the card's own edits and its sections' settings, which tells a
 * cached page whether it is still current.
 */
public record CardStamp(long id, String slug, String version) {
}
