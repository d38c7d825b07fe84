package red.cardinal.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The CSS a card page inlines for its design: colour variables for light and dark (owner colours
 * or the theme's), the font faces, the photo shape, the button style and the theme's own style
 * sheet. Every value in it comes from a fixed list or is a validated {@code #rrggbb} colour.
 */
@Component
public class DesignStyles {

	private final Map<Theme, String> themeCss = new EnumMap<>(Theme.class);

	public DesignStyles() {
		for (Theme theme : Theme.values()) {
			try (InputStream in = DesignStyles.class.getResourceAsStream("themes/" + theme.id() + ".css")) {
				themeCss.put(theme, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** The style sheet for a validated design. */
	public String css(Design design) {
		Theme theme = Theme.of(design.theme()).orElse(Theme.CLASSIC);
		Font font = Font.of(design.font()).orElse(Font.SYSTEM);
		var css = new StringBuilder(2048);
		css.append(font.fontFaces());
		Palette main = palette(design, theme);
		boolean dark = dark(design, theme);
		css.append(":root{").append(variables(main, dark)).append(font.css())
			.append("--photo-radius:").append(switch (design.photoShape()) {
				case "square" -> "0";
				case "rounded" -> "1.25rem";
				default -> "50%";
			}).append(";--btn-radius:").append("pill".equals(design.buttonStyle()) ? "999px" : ".75rem").append('}');
		// a theme made dark (Bold dark) stays dark when following the system; a light one gets its dark variant
		if ("system".equals(design.mode()) && !dark) {
			css.append("@media (prefers-color-scheme:dark){:root{").append(variables(darkVariant(main), true))
				.append("}}");
		}
		if (design.coverFocus() != null) {
			// validated: two whole percentages, nothing that could end the rule
			String[] xy = design.coverFocus().split(",");
			css.append(".cover{object-position:").append(Integer.parseInt(xy[0])).append("% ")
				.append(Integer.parseInt(xy[1])).append("%}");
		}
		if ("outline".equals(design.buttonStyle())) {
			css.append(".save{background:transparent;color:var(--accent);border:2px solid var(--accent)}");
		}
		return css.append(themeCss.get(theme)).toString();
	}

	/**
	 * The colours a page with this validated design starts in (the owner's, else its theme's for the
	 * design's mode), each {@code #rrggbb}: for pictures of the card drawn elsewhere (backgrounds, mail).
	 */
	public Design.Colors colors(Design design) {
		Palette p = palette(design, Theme.of(design.theme()).orElse(Theme.CLASSIC));
		return new Design.Colors(p.accent(), p.background(), p.text());
	}

	/** Where the design's colours read poorly: see {@link Design#contrastWarnings()}. */
	static List<ContrastWarning> warnings(Design design) {
		Palette p = palette(design, Theme.of(design.theme()).orElse(Theme.CLASSIC));
		var warnings = new ArrayList<ContrastWarning>();
		check(warnings, "colors.text", p.text(), p.background());
		check(warnings, "colors.accent", p.accent(), p.background());
		return warnings;
	}

	private static void check(List<ContrastWarning> warnings, String field, String color, String background) {
		double ratio = Contrast.ratio(color, background);
		if (ratio < Contrast.AA) {
			warnings.add(new ContrastWarning(field, "colors.background", Math.floor(ratio * 100) / 100, Contrast.AA,
					Contrast.nearestPassing(color, background, Contrast.AA)));
		}
	}

	private record Palette(String accent, String background, String text) {
	}

	/** Whether the page starts dark: asked for, or following the system with a theme made dark. */
	private static boolean dark(Design d, Theme theme) {
		return "dark".equals(d.mode()) || "system".equals(d.mode()) && "dark".equals(theme.defaultMode());
	}

	/** The owner's colours, or else the theme's; a theme shown in the other mode keeps its accent, made readable. */
	private static Palette palette(Design d, Theme theme) {
		boolean dark = dark(d, theme);
		boolean own = dark == "dark".equals(theme.defaultMode());
		Theme.Palette base = own ? theme.palette() : dark ? Theme.DARK : Theme.LIGHT;
		var c = d.colors();
		String background = c.background() != null ? c.background() : base.background();
		String accent = c.accent() != null ? c.accent() : own ? base.accent()
				: readable(theme.palette().accent(), background, dark);
		return new Palette(accent, background, c.text() != null ? c.text() : base.text());
	}

	/** The palette a light page switches to on a phone in dark mode: the accent kept readable. */
	private static Palette darkVariant(Palette light) {
		return new Palette(readable(light.accent(), Theme.DARK.background(), true), Theme.DARK.background(),
				Theme.DARK.text());
	}

	/** The colour nearest to {@code color} that reads on both the page's background and its boxes. */
	private static String readable(String color, String background, boolean dark) {
		return Contrast.nearestPassing(Contrast.nearestPassing(color, surface(background, dark), Contrast.AA), background,
				Contrast.AA);
	}

	/** The colour of the boxes on the page: a little lighter than the background. */
	private static String surface(String background, boolean dark) {
		return mix(background, "#ffffff", dark ? 0.93 : 0.3);
	}

	private static String variables(Palette p, boolean dark) {
		String surface = surface(p.background(), dark);
		String muted = readable(mix(p.text(), p.background(), 0.7), p.background(), dark);
		return "--accent:" + p.accent() + ";--on-accent:" + Contrast.onColor(p.accent()) + ";--bg:" + p.background()
				+ ";--ink:" + p.text() + ";--muted:" + muted + ";--card:" + surface + ";--line:"
				+ mix(p.text(), p.background(), 0.16) + ";color-scheme:" + (dark ? "dark" : "light") + ";";
	}

	/** {@code share} of {@code a} mixed into {@code b}. */
	static String mix(String a, String b, double share) {
		int x = Integer.parseInt(a.substring(1), 16);
		int y = Integer.parseInt(b.substring(1), 16);
		int[] out = new int[3];
		for (int i = 0; i < 3; i++) {
			int shift = 16 - 8 * i;
			out[i] = (int) Math.round((x >> shift & 0xff) * share + (y >> shift & 0xff) * (1 - share));
		}
		return String.format(Locale.ROOT, "#%02x%02x%02x", out[0], out[1], out[2]);
	}

	/** The design as a page shows it, with the cover image at {@code coverUrl} (or none). */
	public Look look(Design design, String coverUrl) {
		Theme theme = Theme.of(design.theme()).orElse(Theme.CLASSIC);
		String accent = design.colors().accent() != null ? design.colors().accent() : theme.palette().accent();
		return new Look(theme.id(), theme.layout(), css(design), coverUrl, design.visibleSections(), accent);
	}
}
