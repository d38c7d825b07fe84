package red.cardinal.gallery.web;

import java.util.List;

/** The gallery screen: the form (saved, or as just sent), the owner's uploads to choose from, and what happened. */
public record GalleryPage(long cardId, GalleryForm form, List<MediaOption> media, String notice) {

	/** One of the owner's uploads, to choose for the gallery. */
	public record MediaOption(String id, String label, String thumbUrl) {
	}
}
