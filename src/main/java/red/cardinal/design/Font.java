package red.cardinal.design;

import java.util.Arrays;
import java.util.Optional;

/**
 * Font pairings: a heading and a body face, each one self-hosted WOFF2 file of the Latin subset
 * (other scripts fall back to the phone's own fonts), or the phone's system font with no download.
 */
public enum Font {

	SYSTEM("system", "System", null, null, 0, "system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif", null, null),
	INTER("inter", "Inter", "Inter", "inter-700", 700, "system-ui,sans-serif", "Inter", "inter-400"),
	EDITORIAL("editorial", "Lora & Source Sans", "Lora", "lora-700", 700, "Georgia,serif", "Source Sans 3", "source-sans-3-400"),
	ELEGANT("elegant", "Playfair Display & Lato", "Playfair Display", "playfair-display-700", 700, "Georgia,serif", "Lato", "lato-400"),
	MODERN("modern", "Space Grotesk", "Space Grotesk", "space-grotesk-700", 700, "system-ui,sans-serif", "Space Grotesk", "space-grotesk-400"),
	FRIENDLY("friendly", "Nunito", "Nunito", "nunito-800", 800, "system-ui,sans-serif", "Nunito", "nunito-400"),
	TECHNICAL("technical", "IBM Plex Mono & Sans", "IBM Plex Mono", "ibm-plex-mono-600", 600, "ui-monospace,monospace", "IBM Plex Sans", "ibm-plex-sans-400");

	/** What the Latin files cover (from the @fontsource packages). */
	static final String LATIN = "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,"
			+ "U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";

	private final String id;
	private final String displayName;
	private final String headFamily;
	private final String headFile;
	private final int headWeight;
	private final String fallback;
	private final String bodyFamily;
	private final String bodyFile;

	Font(String id, String displayName, String headFamily, String headFile, int headWeight, String fallback,
			String bodyFamily, String bodyFile) {
		this.id = id;
		this.displayName = displayName;
		this.headFamily = headFamily;
		this.headFile = headFile;
		this.headWeight = headWeight;
		this.fallback = fallback;
		this.bodyFamily = bodyFamily;
		this.bodyFile = bodyFile;
	}

	public static Optional<Font> of(String id) {
		return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
	}

	public String id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	/** The {@code @font-face} rules and the two font-family variables. */
	String css() {
		if (headFamily == null) {
			return "--font-head:" + fallback + ";--font-body:" + fallback + ";";
		}
		return "--font-head:\"" + headFamily + "\"," + fallback + ";--font-body:\"" + bodyFamily
				+ "\",system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;";
	}

	String fontFaces() {
		if (headFamily == null) {
			return "";
		}
		String head = face(headFamily, headFile, headWeight);
		return headFile.equals(bodyFile) ? head : head + face(bodyFamily, bodyFile, 400);
	}

	/** The font files a page with this pairing loads, for tests and preloading. */
	public java.util.List<String> files() {
		return headFamily == null ? java.util.List.of()
				: java.util.stream.Stream.of(headFile, bodyFile).distinct().map(f -> "/assets/fonts/" + f + ".woff2").toList();
	}

	private static String face(String family, String file, int weight) {
		return "@font-face{font-family:\"" + family + "\";font-weight:" + weight + ";font-display:swap;src:url(/assets/fonts/"
				+ file + ".woff2) format(\"woff2\");unicode-range:" + LATIN + "}";
	}
}
