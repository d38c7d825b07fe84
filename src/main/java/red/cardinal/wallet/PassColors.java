package red.cardinal.wallet;

import java.awt.Color;

import red.cardinal.design.Contrast;
import red.cardinal.design.Design;
import red.cardinal.design.Theme;

/**
 * A card's colours as a pass shows them: its accent (the owner's, or the theme's) as the background,
 * and white or black on it, whichever reads better.
 */
record PassColors(String background, String foreground) {

	static PassColors of(Design design) {
		String accent = design.colors().accent() != null ? design.colors().accent()
				: Theme.of(design.theme()).orElse(Theme.CLASSIC).palette().accent();
		return new PassColors(accent, Contrast.onColor(accent));
	}

	/** {@code rgb(r, g, b)}, as pass.json takes a colour. */
	static String rgb(String hex) {
		Color c = awt(hex);
		return "rgb(" + c.getRed() + ", " + c.getGreen() + ", " + c.getBlue() + ")";
	}

	static Color awt(String hex) {
		return new Color(Integer.parseInt(hex.substring(1), 16));
	}
}
