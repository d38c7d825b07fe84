package red.cardinal.media;

/** The one place that knows how stored media is named and where it is served. */
final class MediaPaths {

	private MediaPaths() {
	}

	/** The path the stored object is served at, e.g. {@code /media/ab12….jpg}. */
	static String of(String key) {
		return "/media/" + key;
	}

	/** The key of the object's rendition at {@code width} pixels, e.g. {@code ab12…-320.jpg}. */
	static String variant(String key, int width) {
		return key.replace(".jpg", "-" + width + ".jpg");
	}
}
