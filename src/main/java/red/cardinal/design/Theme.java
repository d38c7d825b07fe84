package red.cardinal.design;

import java.util.Arrays;
import java.util.Optional;

/**
 * The built-in themes. Each has its own header layout (see {@link #layout()}) and style sheet,
 * and default colours for light and dark mode that an owner's own colours replace.
 */
public enum Theme {

	CLASSIC("classic", "Classic", "centred", new Palette("#b3122e", "#f4f4f6", "#1c1c1f"), "light"),
	COVER("cover", "Cover banner", "banner", new Palette("#0b6e4f", "#ffffff", "#1b1f1d"), "light"),
	SPLIT("split", "Split header", "split", new Palette("#3b4cca", "#fbfaf7", "#22232a"), "light"),
	MINIMAL("minimal", "Minimal", "minimal", new Palette("#1c1c1c", "#ffffff", "#1c1c1c"), "light"),
	BOLD("bold", "Bold dark", "centred", new Palette("#ffcf33", "#111111", "#f5f5f5"), "dark"),
	STACKED("stacked", "Stacked tiles", "split", new Palette("#ad3a0b", "#efeae4", "#231d18"), "light"),
	GRADIENT("gradient", "Gradient", "banner", new Palette("#7c3aed", "#f6f3ff", "#1e1633"), "light"),
	CORPORATE("corporate", "Corporate", "bar", new Palette("#1f4e79", "#f3f5f8", "#16202b"), "light");

	/** The colours of a light theme shown in dark mode (its accent is adjusted to read). */
	static final Palette DARK = new Palette(null, "#121214", "#f1f1f3");

	/** The colours of a dark theme shown in light mode. */
	static final Palette LIGHT = new Palette(null, "#f7f7f8", "#1c1c1f");

	private final String id;
	private final String displayName;
	private final String layout;
	private final Palette palette;
	private final String mode;

	Theme(String id, String displayName, String layout, Palette palette, String mode) {
		this.id = id;
		this.displayName = displayName;
		this.layout = layout;
		this.palette = palette;
		this.mode = mode;
	}

	public static Optional<Theme> of(String id) {
		return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
	}

	public String id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	/** The header markup this theme uses: centred, banner, split, minimal or bar. */
	public String layout() {
		return layout;
	}

	/** The theme's own colours, for the mode it is made for. */
	public Palette palette() {
		return palette;
	}

	/** The mode a new design with this theme starts in. */
	public String defaultMode() {
		return mode;
	}

	/** Accent, background and text colours, each {@code #rrggbb}. */
	public record Palette(String accent, String background, String text) {
	}
}
