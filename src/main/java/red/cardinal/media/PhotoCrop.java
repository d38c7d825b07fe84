package red.cardinal.media;

import java.util.ArrayList;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/**
 * Where a card photo's square is cut from the image it was uploaded as, the right way up: {@code x}
 * and {@code y} place it in the space left free beside and above it, in percent, as CSS's
 * {@code object-position} does (0 is the left or top edge, 50 the middle), and {@code zoom} is how far
 * it is zoomed in, in percent: at 100 the square is as wide as the image's shorter side, at 200 half.
 */
public record PhotoCrop(int x, int y, int zoom) {

	public static final int MAX_ZOOM = 300;

	/** The middle, the whole shorter side: what an upload gets. */
	public static final PhotoCrop CENTRE = new PhotoCrop(50, 50, 100);

	public PhotoCrop {
		if (x < 0 || x > 100 || y < 0 || y > 100 || zoom < 100 || zoom > MAX_ZOOM) {
			throw new IllegalArgumentException("Not a crop: " + x + "," + y + "," + zoom);
		}
	}

	/**
	 * A crop from input, every value missing or out of range named by {@code prefix} and its name
	 * ({@code photo.x}).
	 * @throws InvalidInputException listing each
	 */
	public static PhotoCrop of(Integer x, Integer y, Integer zoom, String prefix) {
		var violations = new ArrayList<Violation>();
		check(x, 0, 100, prefix + "x", violations);
		check(y, 0, 100, prefix + "y", violations);
		check(zoom, 100, MAX_ZOOM, prefix + "zoom", violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new PhotoCrop(x, y, zoom);
	}

	private static void check(Integer value, int min, int max, String field, java.util.List<Violation> violations) {
		if (value == null || value < min || value > max) {
			violations.add(Violation.of(field, "photo.position.range", min, max));
		}
	}
}
