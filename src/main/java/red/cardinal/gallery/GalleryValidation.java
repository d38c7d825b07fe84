package red.cardinal.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import red.cardinal.shared.TextInput;
import red.cardinal.shared.VideoLink;
import red.cardinal.shared.Violation;

/**
 * Checks a gallery: at most {@value #MAX_ITEMS} items, images that are the owner's own uploads
 * (someone else's media id is as unknown as a wrong one), videos from YouTube or Vimeo. Problems
 * are named by their JSON path ({@code gallery[0].mediaId}).
 */
final class GalleryValidation {

	static final int MAX_ITEMS = 30;

	private GalleryValidation() {
	}

	/** The items, normalised, or null with every problem added. */
	static List<GalleryItem> check(List<GalleryItem> items, Set<Long> ownMedia, List<Violation> violations) {
		int before = violations.size();
		if (items.size() > MAX_ITEMS) {
			violations.add(Violation.of("gallery", "list.tooMany", MAX_ITEMS));
			return null;
		}
		var valid = new ArrayList<GalleryItem>();
		for (int i = 0; i < items.size(); i++) {
			String at = "gallery[" + i + "]";
			if (items.get(i) == null) {
				violations.add(Violation.of(at, "error.required"));
			}
			else {
				valid.add(item(at, items.get(i), ownMedia, violations));
			}
		}
		return violations.size() > before ? null : valid;
	}

	private static GalleryItem item(String at, GalleryItem g, Set<Long> ownMedia, List<Violation> violations) {
		String caption = TextInput.line(at + ".caption", g.caption(), 200, violations);
		String alt = TextInput.line(at + ".alt", g.alt(), 300, violations);
		if ("video".equals(g.type())) {
			String url = null;
			try {
				url = VideoLink.parse(g.videoUrl()).watchUrl();
			}
			catch (IllegalArgumentException e) {
				violations.add(Violation.of(at + ".videoUrl", e.getMessage()));
			}
			return new GalleryItem("video", null, url, caption, alt);
		}
		if (!"image".equals(g.type())) {
			violations.add(Violation.of(at + ".type", "type.invalid", "image, video"));
		}
		if (g.mediaId() == null) {
			violations.add(Violation.of(at + ".mediaId", "gallery.mediaRequired"));
		}
		else if (!ownMedia.contains(g.mediaId())) {
			violations.add(Violation.of(at + ".mediaId", "gallery.mediaUnknown"));
		}
		return new GalleryItem("image", g.mediaId(), null, caption, alt);
	}
}
