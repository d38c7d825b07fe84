package red.cardinal.contact;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.nayuki.qrcodegen.QrCode;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/**
 * How a QR code is drawn, parsed from request parameters with scan guards: dark modules on a
 * light background with enough contrast, a quiet zone of at least four modules, and a size at
 * which each module stays visible.
 */
public record QrOptions(int size, QrCode.Ecc ecc, Color foreground, Color background, int margin, boolean logo,
		boolean vcard, Integer dpi) {

	static final int MIN_SIZE = 64;
	static final int MAX_SIZE = 4096;
	static final double MIN_CONTRAST = 4.0;

	/** The print resolution of {@code cm}. */
	static final int PRINT_DPI = 300;

	/**
	 * The most pixels a PNG may have, in every mode (size, cm, logo, vcard): 4096 × 4096, about 35 cm
	 * at 300 dpi. Beyond, the SVG prints at any size for a few KB.
	 */
	public static final long MAX_PNG_PIXELS = (long) MAX_SIZE * MAX_SIZE;

	/** Parses {@code size}, {@code cm} (PNG at 300 dpi), {@code ecc}, {@code fg}, {@code bg}, {@code margin}, {@code logo}, {@code mode}. */
	public static QrOptions parse(Map<String, String> params) {
		var problems = new ArrayList<Violation>();
		int size = 512;
		Integer dpi = null;
		if (params.get("cm") != null) {
			double cm = number(params.get("cm"), "cm", problems);
			if (cm < 1 || cm > 100) {
				problems.add(Violation.of("cm", "qr.cm"));
			}
			else {
				dpi = PRINT_DPI;
				size = (int) Math.round(cm / 2.54 * PRINT_DPI);
			}
		}
		else if (params.get("size") != null) {
			size = (int) number(params.get("size"), "size", problems);
			if (size < MIN_SIZE || size > MAX_SIZE) {
				problems.add(Violation.of("size", "qr.size", MIN_SIZE, MAX_SIZE));
			}
		}
		boolean logo = "1".equals(params.get("logo")) || "true".equals(params.get("logo"));
		QrCode.Ecc ecc = logo ? QrCode.Ecc.HIGH : ecc(params.getOrDefault("ecc", "M"), problems);
		Color fg = color(params.getOrDefault("fg", "000000"), "fg", problems);
		Color bg = color(params.getOrDefault("bg", "ffffff"), "bg", problems);
		if (fg != null && bg != null) {
			if (luminance(fg) >= luminance(bg)) {
				problems.add(Violation.of("fg", "qr.inverted"));
			}
			else if (contrast(fg, bg) < MIN_CONTRAST) {
				problems.add(Violation.of("fg", "qr.contrast", String.format(Locale.ROOT, "%.1f", contrast(fg, bg)), MIN_CONTRAST));
			}
		}
		int margin = params.get("margin") == null ? 4 : (int) number(params.get("margin"), "margin", problems);
		if (margin < 4 || margin > 16) {
			problems.add(Violation.of("margin", "qr.margin"));
		}
		String mode = params.getOrDefault("mode", "url");
		if (!mode.equals("url") && !mode.equals("vcard")) {
			problems.add(Violation.of("mode", "qr.mode"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new QrOptions(size, ecc, fg, bg, margin, logo, mode.equals("vcard"), dpi);
	}

	/**
	 * Refuses (field {@code cm} or {@code size}) a PNG of more than {@link #MAX_PNG_PIXELS}: the SVG
	 * is the format for large print sizes.
	 * @throws InvalidInputException naming the largest PNG and pointing to the SVG
	 */
	public void requirePngPixels() {
		if ((long) size * size > MAX_PNG_PIXELS) {
			int side = (int) Math.sqrt((double) MAX_PNG_PIXELS);
			String cm = String.format(Locale.ROOT, "%.1f", side * 2.54 / PRINT_DPI);
			throw new InvalidInputException(Violation.of(dpi != null ? "cm" : "size", "qr.pngTooLarge", Integer.toString(side), cm));
		}
	}

	/** The WCAG contrast ratio of two colours, from 1 to 21. */
	public static double contrast(Color a, Color b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	static double luminance(Color c) {
		return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
	}

	private static double channel(int value) {
		double v = value / 255.0;
		return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
	}

	private static QrCode.Ecc ecc(String value, List<Violation> problems) {
		return switch (value.toUpperCase(Locale.ROOT)) {
			case "L" -> QrCode.Ecc.LOW;
			case "M" -> QrCode.Ecc.MEDIUM;
			case "Q" -> QrCode.Ecc.QUARTILE;
			case "H" -> QrCode.Ecc.HIGH;
			default -> {
				problems.add(Violation.of("ecc", "qr.ecc"));
				yield QrCode.Ecc.MEDIUM;
			}
		};
	}

	private static Color color(String value, String field, List<Violation> problems) {
		String hex = value.startsWith("#") ? value.substring(1) : value;
		if (hex.matches("[0-9a-fA-F]{3}")) {
			hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
		}
		if (!hex.matches("[0-9a-fA-F]{6}")) {
			problems.add(Violation.of(field, "qr.color"));
			return null;
		}
		return new Color(Integer.parseInt(hex, 16));
	}

	private static double number(String value, String field, List<Violation> problems) {
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException e) {
			problems.add(Violation.of(field, "qr.number"));
			return -1;
		}
	}

	/** The colour as {@code #rrggbb}. */
	static String hex(Color c) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
	}
}
