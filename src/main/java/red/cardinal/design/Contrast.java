package red.cardinal.design;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCAG 2 colour contrast on {@code #rrggbb} colours: the ratio of two colours, and the colour
 * nearest to a given one that reaches a required ratio against a background.
 */
public final class Contrast {

	/** WCAG AA for normal text. */
	public static final double AA = 4.5;

	private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

	private Contrast() {
	}

	/** True for a colour as we store it: {@code #} and six lower-case hex digits. */
	public static boolean isColor(String value) {
		return value != null && HEX.matcher(value).matches();
	}

	/** A colour in the stored form, accepting upper case and the three-digit short form; null if not a colour. */
	public static String normalize(String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip().toLowerCase(Locale.ROOT);
		if (v.matches("#[0-9a-f]{3}")) {
			v = "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
		}
		return isColor(v) ? v : null;
	}

	/** The contrast ratio of two colours, from 1 (same) to 21 (black on white). */
	public static double ratio(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	/** White or black, whichever reads better on the given colour (always at least 4.58 : 1). */
	public static String onColor(String background) {
		return ratio("#ffffff", background) >= ratio("#000000", background) ? "#ffffff" : "#000000";
	}

	/**
	 * The colour nearest to {@code color} (same hue and saturation, lightness moved as little as
	 * possible) whose contrast with {@code background} is at least {@code required}; the colour
	 * itself if it already passes.
	 */
	public static String nearestPassing(String color, String background, double required) {
		if (ratio(color, background) >= required) {
			return color;
		}
		double[] hsl = hsl(color);
		String darker = search(hsl, background, required, 0);
		String lighter = search(hsl, background, required, 1);
		if (darker == null) {
			return lighter;
		}
		if (lighter == null) {
			return darker;
		}
		return Math.abs(hsl(darker)[2] - hsl[2]) <= Math.abs(hsl(lighter)[2] - hsl[2]) ? darker : lighter;
	}

	/** Binary search on lightness between the colour's own and the limit (0 black, 1 white). */
	private static String search(double[] hsl, String background, double required, double limit) {
		if (ratio(rgb(hsl[0], hsl[1], limit), background) < required) {
			return null;
		}
		double passing = limit;
		double failing = hsl[2];
		for (int i = 0; i < 24; i++) {
			double mid = (passing + failing) / 2;
			if (ratio(rgb(hsl[0], hsl[1], mid), background) >= required) {
				passing = mid;
			}
			else {
				failing = mid;
			}
		}
		// rounding to whole channel values can land just short of the ratio: step on until it passes
		String color = rgb(hsl[0], hsl[1], passing);
		while (ratio(color, background) < required) {
			passing += limit > hsl[2] ? 0.002 : -0.002;
			color = rgb(hsl[0], hsl[1], Math.max(0, Math.min(1, passing)));
		}
		return color;
	}

	static double luminance(String color) {
		int rgb = Integer.parseInt(color.substring(1), 16);
		return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
	}

	private static double channel(int value) {
		double c = (value & 0xff) / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static double[] hsl(String color) {
		int rgb = Integer.parseInt(color.substring(1), 16);
		double r = (rgb >> 16 & 0xff) / 255.0;
		double g = (rgb >> 8 & 0xff) / 255.0;
		double b = (rgb & 0xff) / 255.0;
		double max = Math.max(r, Math.max(g, b));
		double min = Math.min(r, Math.min(g, b));
		double l = (max + min) / 2;
		double d = max - min;
		if (d == 0) {
			return new double[] { 0, 0, l };
		}
		double s = d / (1 - Math.abs(2 * l - 1));
		double h = max == r ? ((g - b) / d + 6) % 6 : max == g ? (b - r) / d + 2 : (r - g) / d + 4;
		return new double[] { h * 60, s, l };
	}

	private static String rgb(double h, double s, double l) {
		double c = (1 - Math.abs(2 * l - 1)) * s;
		double x = c * (1 - Math.abs(h / 60 % 2 - 1));
		double m = l - c / 2;
		double[] rgb = h < 60 ? new double[] { c, x, 0 } : h < 120 ? new double[] { x, c, 0 }
				: h < 180 ? new double[] { 0, c, x } : h < 240 ? new double[] { 0, x, c }
						: h < 300 ? new double[] { x, 0, c } : new double[] { c, 0, x };
		return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round((rgb[0] + m) * 255),
				Math.round((rgb[1] + m) * 255), Math.round((rgb[2] + m) * 255));
	}
}
