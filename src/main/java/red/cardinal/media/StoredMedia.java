package red.cardinal.media;

/** A stored, processed image: its content-addressed key and its pixel size. */
public record StoredMedia(String key, int width, int height) {
}
