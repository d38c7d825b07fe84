package red.cardinal.gallery;

/**
 * One item of a card's gallery: an image from the owner's media ({@code type} "image",
 * {@code mediaId}) or a YouTube or Vimeo video ({@code type} "video", {@code videoUrl}).
 */
public record GalleryItem(String type, Long mediaId, String videoUrl, String caption, String alt) {

	public boolean video() {
		return "video".equals(type);
	}
}
