package red.cardinal.gallery.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import red.cardinal.gallery.GalleryItem;

/**
 * The gallery screen's form: its rows, and the card's version they were read at. List buttons
 * ({@code add:gallery}, {@code remove:gallery:2}, {@code up:gallery:1}) change it without saving,
 * so the screen works without JavaScript.
 */
public class GalleryForm {

	private List<GalleryRow> gallery = new ArrayList<>();
	private String version;

	static GalleryForm of(List<GalleryItem> items, String version) {
		var form = new GalleryForm();
		items.forEach(g -> form.gallery.add(new GalleryRow(g.type(), g.mediaId() == null ? null : g.mediaId().toString(),
				g.videoUrl(), g.caption(), g.alt())));
		form.version = version;
		return form;
	}

	List<GalleryItem> toItems() {
		return gallery.stream().filter(r -> r != null && !r.blank())
			.map(r -> new GalleryItem(r.type, mediaId(r.mediaId), r.videoUrl, r.caption, r.alt))
			.toList();
	}

	void apply(String action) {
		String[] parts = action.split(":");
		int i = parts.length > 2 && parts[2].matches("\\d{1,3}") ? Integer.parseInt(parts[2]) : -1;
		switch (parts[0] + ":" + (parts.length > 1 ? parts[1] : "")) {
			case "add:gallery" -> gallery.add(new GalleryRow("image", null, null, null, null));
			case "add:videos" -> gallery.add(new GalleryRow("video", null, null, null, null));
			case "remove:gallery" -> {
				if (i >= 0 && i < gallery.size()) {
					gallery.remove(i);
				}
			}
			case "up:gallery" -> {
				if (i > 0 && i < gallery.size()) {
					Collections.swap(gallery, i, i - 1);
				}
			}
			case "down:gallery" -> {
				if (i >= 0 && i < gallery.size() - 1) {
					Collections.swap(gallery, i, i + 1);
				}
			}
			default -> {
			}
		}
	}

	/** A chosen upload's id; anything else is no choice (validation then asks for one). */
	private static Long mediaId(String value) {
		return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
	}

	public List<GalleryRow> getGallery() { return gallery; }
	public void setGallery(List<GalleryRow> gallery) { this.gallery = gallery; }
	public String getVersion() { return version; }
	public void setVersion(String version) { this.version = version; }
}
