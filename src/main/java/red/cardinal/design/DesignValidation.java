package red.cardinal.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/**
 * Checks a {@link Design}: only known themes, fonts, shapes, styles, modes and sections, and
 * colours of the form {@code #rrggbb}; anything else (a colour like {@code red;}</style>}) is
 * refused, never passed on to CSS. Left-out values get their defaults, left-out sections are
 * appended in their default order.
 */
public final class DesignValidation {

	private DesignValidation() {
	}

	/**
	 * The design checked and completed; or an {@link InvalidInputException} naming each bad field
	 * under {@code prefix} (e.g. {@code design.colors.accent}).
	 */
	public static Design validate(Design d, String prefix) {
		if (d == null) {
			return Design.DEFAULT;
		}
		var violations = new ArrayList<Violation>();
		String theme = known(d.theme(), Theme.of(clean(d.theme())).isPresent(), prefix + "theme", "design.theme.unknown", violations);
		String font = known(d.font(), Font.of(clean(d.font())).isPresent(), prefix + "font", "design.font.unknown", violations);
		String shape = known(d.photoShape(), in(Design.PHOTO_SHAPES, clean(d.photoShape())), prefix + "photoShape",
				"design.photoShape.unknown", violations);
		String buttons = known(d.buttonStyle(), in(Design.BUTTON_STYLES, clean(d.buttonStyle())),
				prefix + "buttonStyle", "design.buttonStyle.unknown", violations);
		String mode = known(d.mode(), in(Design.MODES, clean(d.mode())), prefix + "mode", "design.mode.unknown", violations);
		var colors = new Design.Colors(color(d.colors().accent(), prefix + "colors.accent", violations),
				color(d.colors().background(), prefix + "colors.background", violations),
				color(d.colors().text(), prefix + "colors.text", violations));
		String cover = d.coverMediaId() == null || d.coverMediaId().isBlank() ? null : d.coverMediaId().strip();
		if (cover != null && !cover.matches("\\d{1,18}")) {
			violations.add(Violation.of(prefix + "coverMediaId", "design.cover.unknown"));
		}
		String focus = d.coverFocus() == null || d.coverFocus().isBlank() ? null : d.coverFocus().strip();
		if (focus != null && !focus(focus)) {
			violations.add(Violation.of(prefix + "coverFocus", "design.cover.focus.invalid"));
		}
		var seen = new HashSet<String>();
		for (int i = 0; i < d.sections().size(); i++) {
			var s = d.sections().get(i);
			String name = s == null ? null : clean(s.name());
			if (name == null || !in(Design.SECTIONS, name)) {
				violations.add(Violation.of(prefix + "sections[" + i + "].name", "design.section.unknown",
						String.join(", ", Design.SECTIONS)));
			}
			else if (!seen.add(name)) {
				violations.add(Violation.of(prefix + "sections[" + i + "].name", "design.section.twice"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return complete(new Design(theme, colors, font, cover, shape, buttons, mode,
				d.sections().stream().map(s -> new Design.Section(clean(s.name()), s.visible())).toList(), focus));
	}

	/** Fills in defaults and missing sections; drops whatever is not known (for stored designs). */
	static Design complete(Design d) {
		var sections = new ArrayList<Design.Section>();
		var seen = new HashSet<String>();
		for (var s : d.sections()) {
			if (in(Design.SECTIONS, s.name()) && seen.add(s.name())) {
				sections.add(s);
			}
		}
		for (String name : Design.SECTIONS) {
			if (!seen.contains(name)) {
				sections.add(new Design.Section(name, true));
			}
		}
		Design def = Design.DEFAULT;
		return new Design(or(d.theme(), Theme.of(d.theme()).isPresent(), def.theme()),
				new Design.Colors(Contrast.isColor(d.colors().accent()) ? d.colors().accent() : null,
						Contrast.isColor(d.colors().background()) ? d.colors().background() : null,
						Contrast.isColor(d.colors().text()) ? d.colors().text() : null),
				or(d.font(), Font.of(d.font()).isPresent(), def.font()), d.coverMediaId(),
				or(d.photoShape(), in(Design.PHOTO_SHAPES, d.photoShape()), def.photoShape()),
				or(d.buttonStyle(), in(Design.BUTTON_STYLES, d.buttonStyle()), def.buttonStyle()),
				or(d.mode(), in(Design.MODES, d.mode()), def.mode()), List.copyOf(sections),
				d.coverFocus() != null && focus(d.coverFocus()) && !Design.CENTRE.equals(d.coverFocus()) ? d.coverFocus() : null);
	}

	/** A cover's focus: {@code x,y}, each a percentage of its width and height from the top left, 0 to 100. */
	static boolean focus(String value) {
		if (!value.matches("\\d{1,3},\\d{1,3}")) {
			return false;
		}
		String[] xy = value.split(",");
		return Integer.parseInt(xy[0]) <= 100 && Integer.parseInt(xy[1]) <= 100;
	}

	private static String known(String value, boolean known, String field, String code, List<Violation> violations) {
		String v = clean(value);
		if (v != null && !known) {
			violations.add(Violation.of(field, code));
		}
		return v;
	}

	private static String color(String value, String field, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String color = Contrast.normalize(value);
		if (color == null) {
			violations.add(Violation.of(field, "design.color.invalid"));
		}
		return color;
	}

	/** Whether a value is one of a list's; null never is (immutable lists refuse to look for null). */
	private static boolean in(List<String> list, String value) {
		return value != null && list.contains(value);
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
	}

	private static String or(String value, boolean valid, String fallback) {
		return value != null && valid ? value : fallback;
	}
}
