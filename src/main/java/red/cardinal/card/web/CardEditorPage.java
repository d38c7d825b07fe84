package red.cardinal.card.web;

import java.util.List;
import java.util.Map;

import red.cardinal.design.Design;

/** What the card editor shows: the form (saved or as just submitted) and where the card lives. */
public record CardEditorPage(long id, CardForm form, String photoUrl, String publicUrl, String savedSlug,
		boolean savedPublished, String notice, List<MediaOption> media, List<Option> themes, List<Option> fonts,
		List<Option> brands, List<Option> countries, List<Warning> warnings, String version, List<SectionLink> sections,
		List<String> changedElsewhere) {

	/** A section of the card with its own screen. */
	public record SectionLink(String title, String path) {
	}

	/** A choice in a list: a theme (with its accent, background and text colours), a font, a brand design. */
	public record Option(String id, String label, String colors) {

		public Option(String id, String label) {
			this(id, label, null);
		}
	}

	/** A colour that reads poorly, said in words, and the nearest colour that passes. */
	public record Warning(String color, String message, String suggestion) {
	}

	public static final List<String> COLORS = List.of("accent", "background", "text");

	/** The design's choices shown as radio buttons, in this order. */
	public static final List<Map.Entry<String, List<String>>> CHOICES = List.of(
			Map.entry("photoShape", Design.PHOTO_SHAPES), Map.entry("buttonStyle", Design.BUTTON_STYLES),
			Map.entry("mode", Design.MODES));

	/** One of the owner's uploads, to choose for the gallery. */
	public record MediaOption(String id, String label, String thumbUrl) {
	}

	public static final List<String> NAME_ORDERS = List.of("auto", "givenFirst", "familyFirst");

	/** The networks a bare username can be on; none chosen is a whole address. */
	public static final List<Option> HANDLE_NETWORKS = red.cardinal.card.SocialNetwork.withHandles().stream()
		.map(n -> new Option(n.id(), n.displayName()))
		.toList();

	public static final List<String> PHONE_TYPES = List.of("cell", "work", "home", "fax");

	public static final List<String> PLACE_TYPES = List.of("work", "home", "other");

	public String action() {
		return "/dashboard/cards/" + id;
	}

	public String previewUrl() {
		return "/dashboard/cards/" + id + "/preview";
	}
}
