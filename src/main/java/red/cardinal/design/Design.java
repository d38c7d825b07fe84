package red.cardinal.design;

import java.util.ArrayList;
import java.util.List;

/**
 * How one card looks, as the editor and the JSON API send it. Colours left null are the theme's
 * own; sections are listed in the order the card page shows them. {@link DesignValidation}
 * checks and completes it before it is stored.
 */
public record Design(String theme, Colors colors, String font, String coverMediaId, String photoShape,
		String buttonStyle, String mode, List<Section> sections, String coverFocus) {

	/** Where the cover's focus is left out: its centre (the page crops a cover around its focus). */
	public static final String CENTRE = "50,50";

	/** Every section a card page can have, in the default order. */
	public static final List<String> SECTIONS = List.of("contact", "about", "links", "services", "products", "booking",
			"gallery", "leads");

	public static final List<String> PHOTO_SHAPES = List.of("circle", "rounded", "square");

	public static final List<String> BUTTON_STYLES = List.of("filled", "outline", "pill");

	public static final List<String> MODES = List.of("light", "dark", "system");

	/** What a card looks like before its owner changes anything. */
	public static final Design DEFAULT = new Design("classic", Colors.THEME, "system", null, "circle", "filled",
			"system", SECTIONS.stream().map(s -> new Section(s, true)).toList());

	public Design {
		colors = colors == null ? Colors.THEME : colors;
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	/** A design whose cover is cropped around its centre. */
	public Design(String theme, Colors colors, String font, String coverMediaId, String photoShape, String buttonStyle,
			String mode, List<Section> sections) {
		this(theme, colors, font, coverMediaId, photoShape, buttonStyle, mode, sections, null);
	}

	/** The owner's colours; null ones are the theme's. */
	public record Colors(String accent, String background, String text) {

		public static final Colors THEME = new Colors(null, null, null);
	}

	/** A section and whether it shows; left out, {@code visible} is true. */
	public record Section(String name, Boolean visible) {

		public Section {
			visible = visible == null || visible;
		}
	}

	/** The cover image's id, for a design already validated. */
	public Long coverId() {
		return coverMediaId == null ? null : Long.valueOf(coverMediaId);
	}

	public Design withCover(String mediaId) {
		return new Design(theme, colors, font, mediaId, photoShape, buttonStyle, mode, sections, coverFocus);
	}

	/** Where this design's colours (its own or its theme's) read poorly, with the nearest colours that pass. */
	public java.util.List<ContrastWarning> contrastWarnings() {
		return DesignStyles.warnings(this);
	}

	/** The visible sections in order. */
	public List<String> visibleSections() {
		return sections.stream().filter(Section::visible).map(Section::name).toList();
	}

	/** A compact line for storage: {@code theme=cover;accent=#0b6e4f;…;sections=contact,-about,links}. */
	public String encode() {
		var parts = new ArrayList<String>();
		parts.add("theme=" + theme);
		if (colors.accent() != null) {
			parts.add("accent=" + colors.accent());
		}
		if (colors.background() != null) {
			parts.add("background=" + colors.background());
		}
		if (colors.text() != null) {
			parts.add("text=" + colors.text());
		}
		parts.add("font=" + font);
		parts.add("photo=" + photoShape);
		parts.add("buttons=" + buttonStyle);
		parts.add("mode=" + mode);
		parts.add("sections=" + String.join(",", sections.stream().map(s -> (s.visible() ? "" : "-") + s.name()).toList()));
		if (coverFocus != null) {
			parts.add("focus=" + coverFocus);
		}
		return String.join(";", parts);
	}

	/** Reads {@link #encode()}'s line back; null or blank is the default design. */
	public static Design decode(String line, Long coverMediaId) {
		String cover = coverMediaId == null ? null : coverMediaId.toString();
		if (line == null || line.isBlank()) {
			return DEFAULT.withCover(cover);
		}
		var values = new java.util.HashMap<String, String>();
		for (String part : line.split(";")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				values.put(part.substring(0, eq), part.substring(eq + 1));
			}
		}
		var sections = new ArrayList<Section>();
		for (String s : values.getOrDefault("sections", "").split(",")) {
			if (!s.isEmpty()) {
				sections.add(s.startsWith("-") ? new Section(s.substring(1), false) : new Section(s, true));
			}
		}
		return DesignValidation.complete(new Design(values.get("theme"),
				new Colors(values.get("accent"), values.get("background"), values.get("text")), values.get("font"), cover,
				values.get("photo"), values.get("buttons"), values.get("mode"), sections, values.get("focus")));
	}
}
