package red.cardinal.gallery.web;

/** An image (opens large; {@code srcset} for the grid) or a video (a link, or a player once tapped). */
public record GalleryEntry(boolean video, String href, String src, String srcset, int width, int height,
		String alt, String caption, String embed) {
}
