package red.cardinal.media;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import red.cardinal.web.MediaChoice;
import red.cardinal.web.Ui;

/**
 * An upload in an owner's media library: its largest rendition's key and size, and what it takes of
 * the quota. Beside the largest, a narrower rendition of each of {@link MediaLibrary#WIDTHS} it is
 * wider than is stored, named {@code <key>-<width>.jpg}.
 */
public record MediaItem(long id, String key, int width, int height, long bytes, Instant createdAt) {

	/**
	 * The public path of the narrowest stored rendition at least {@code width} pixels wide, or of the
	 * largest when none is that wide.
	 */
	public String url(int width) {
		int nearest = widths().filter(w -> w >= width).findFirst().orElse(this.width);
		return MediaPaths.of(nearest == this.width ? key : MediaPaths.variant(key, nearest));
	}

	/** This upload as an image picker shows it: a 320-pixel thumbnail, named by its number and size for a screen reader. */
	public MediaChoice choice(Ui ui) {
		return new MediaChoice(Long.toString(id), url(320),
				ui.t("media.choice", Long.toString(id), Integer.toString(width), Integer.toString(height)));
	}

	/**
	 * The {@code srcset} attribute over every stored rendition, narrowest first (e.g.
	 * {@code /media/k-320.jpg 320w, /media/k.jpg 500w}), or null when only one is stored.
	 */
	public String srcset() {
		if (widths().count() < 2) {
			return null;
		}
		return widths().mapToObj(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
	}

	/** The widths stored, narrowest first: the narrower renditions this upload is wider than, and its own. */
	IntStream widths() {
		int largest = Arrays.stream(MediaLibrary.WIDTHS).max().orElseThrow();
		return IntStream.concat(Arrays.stream(MediaLibrary.WIDTHS).filter(w -> w < largest && w < width),
				IntStream.of(width)).sorted();
	}
}
