package red.cardinal.media;

import java.time.Instant;

/** An upload in an owner's media library: its largest rendition's key and size, and what it takes of the quota. */
public record MediaItem(long id, String key, int width, int height, long bytes, Instant createdAt) {
}
