package red.cardinal.card.web;

import java.util.List;
import java.util.Map;

import red.cardinal.design.Design;
import red.cardinal.web.MediaChoice;

/** What the card editor shows: the form (saved or as just submitted) and where the card lives. */
public record CardEditorPage(long id, EditorScreen screen, CardForm form, String photoUrl,
		PhotoPosition photoPosition, String publicUrl, String savedSlug,
		boolean savedPublished, String notice, List<MediaChoice> media, List<Option> themes, List<Option> fonts,
		List<Option> brands, List<Option> countries, List<Warning> warnings, String version, List<Step> steps,
		List<SectionLink> sections, List<String> changedElsewhere) {

	/** Where the photo is cut from the image it was uploaded as (see {@code PhotoCrop}), for placing it again. */
	public record PhotoPosition(String sourceUrl, int x, int y, int zoom) {
	}

	/** One of the card's part screens, as the overview and the guide show it. */
	public record Step(String id, String title, String path, String summary, boolean done) {
	}

	/** The screens in the guide's order: whether the next to do is this one. */
	public boolean nextStep(Step step) {
		return !savedPublished && steps.stream().filter(s -> !s.done() && !s.id().equals("links")
				&& !s.id().equals("services")).findFirst().map(s -> s == step).orElse(false);
	}

	/** Where a problem's field is: on this screen, or on the screen that holds it. */
	public String errorLink(String field) {
		String anchor = "#f-" + field.replaceAll("[^A-Za-z0-9]+", "-");
		String part = field.split("[.\\[]", 2)[0];
		return screen.shows(part) ? anchor : EditorScreen.holding(field).path(id) + anchor;
	}

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
