package red.cardinal.card;

import java.time.Instant;

/**
 * What a public slug leads to, read without loading the card: the card, its current slug (a former
 * one redirects), and what tells a cached page whether it is still current.
 */
public record CardStamp(long id, String slug, Instant updatedAt, boolean storeEnabled) {
}
