package red.cardinal.card.web;

import java.util.List;

/** What the card editor shows: the form (saved or as just submitted) and where the card lives. */
public record CardEditorPage(long id, CardForm form, String photoUrl, String publicUrl, String savedSlug,
		boolean savedPublished, String notice, List<MediaOption> media) {

	/** One of the owner's uploads, to choose for the gallery. */
	public record MediaOption(String id, String label, String thumbUrl) {
	}

	public static final List<String> PHONE_TYPES = List.of("cell", "work", "home", "fax");

	public static final List<String> PLACE_TYPES = List.of("work", "home", "other");

	public String action() {
		return "/dashboard/cards/" + id;
	}

	public String previewUrl() {
		return "/dashboard/cards/" + id + "/preview";
	}
}
