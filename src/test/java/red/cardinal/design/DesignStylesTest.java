package red.cardinal.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DesignStylesTest {

	final DesignStyles styles = new DesignStyles();

	static Design with(String theme, String font, String mode, String buttons) {
		return DesignValidation.validate(new Design(theme, null, font, null, "rounded", buttons, mode, null), "d.");
	}

	@ParameterizedTest
	@EnumSource(Theme.class)
	void givesEveryThemeItsOwnSheetWithReadableDefaults(Theme theme) {
		String css = styles.css(with(theme.id(), "system", "system", "filled"));
		assertThat(css).contains("--accent:", "--bg:", "--ink:", "--photo-radius:1.25rem").doesNotContain("</");
		assertThat(with(theme.id(), "system", "light", "filled").contrastWarnings()).as("the theme's own colours pass AA")
			.isEmpty();
		assertThat(with(theme.id(), "system", "dark", "filled").contrastWarnings()).isEmpty();
	}

	@Test
	void cropsTheCoverAroundItsFocus() {
		var focused = DesignValidation.validate(new Design("classic", null, "system", "3", "circle", "filled", "light",
				null, "20,80"), "design.");
		assertThat(styles.css(focused)).contains(".cover{object-position:20% 80%}");
		assertThat(styles.css(with("classic", "system", "light", "filled"))).doesNotContain("object-position");
	}

	@Test
	void themesDifferInTheirSheets() {
		var sheets = java.util.Arrays.stream(Theme.values()).map(t -> styles.css(with(t.id(), "system", "light", "filled")))
			.distinct()
			.toList();
		assertThat(sheets).hasSize(Theme.values().length);
	}

	@Test
	void keepsTextReadableInEveryDerivedPalette() {
		var variable = Pattern.compile("--(accent|ink|muted|bg|card):(#[0-9a-f]{6})");
		for (Theme theme : Theme.values()) {
			for (String mode : List.of("light", "dark", "system")) {
				String css = styles.css(with(theme.id(), "system", mode, "filled"));
				// each :root block: accent, text and muted text must read on both the page and the boxes
				for (String block : css.split("\\}")) {
					var values = new java.util.HashMap<String, String>();
					variable.matcher(block).results().forEach(m -> values.put(m.group(1), m.group(2)));
					if (values.size() < 5) {
						continue;
					}
					for (String fg : List.of("accent", "ink", "muted")) {
						for (String bg : List.of("bg", "card")) {
							assertThat(Contrast.ratio(values.get(fg), values.get(bg)))
								.as("%s %s: %s on %s", theme, mode, fg, bg)
								.isGreaterThanOrEqualTo(fg.equals("accent") ? 3.0 : Contrast.AA);
						}
					}
				}
			}
		}
	}

	@Test
	void warnsAboutPoorContrastAndProposesAColour() {
		var d = DesignValidation.validate(new Design("classic", new Design.Colors("#ffcf33", "#ffffff", "#aaaaaa"),
				"system", null, null, null, "light", null), "d.");
		var warnings = d.contrastWarnings();
		assertThat(warnings).extracting(ContrastWarning::field).containsExactly("colors.text", "colors.accent");
		for (var w : warnings) {
			assertThat(w.ratio()).isLessThan(Contrast.AA);
			assertThat(Contrast.ratio(w.suggestion(), "#ffffff")).isGreaterThanOrEqualTo(Contrast.AA);
		}
	}

	@Test
	void loadsTheChosenFontsFromThisInstanceOnly() {
		String css = styles.css(with("classic", "editorial", "light", "filled"));
		assertThat(css).contains("url(/assets/fonts/lora-700.woff2)", "url(/assets/fonts/source-sans-3-400.woff2)",
				"font-display:swap").doesNotContain("http");
		assertThat(styles.css(with("classic", "system", "light", "filled"))).doesNotContain("@font-face");
	}

	@Test
	void drawsOutlineAndPillButtons() {
		assertThat(styles.css(with("classic", "system", "light", "outline"))).contains(".save{background:transparent");
		assertThat(styles.css(with("classic", "system", "light", "pill"))).contains("--btn-radius:999px");
	}

	@ParameterizedTest
	@EnumSource(Font.class)
	void shipsEveryFontFileAndKeepsEachUnderThirtyKilobytes(Font font) throws IOException {
		for (String file : font.files()) {
			try (InputStream in = getClass().getResourceAsStream("/static" + file)) {
				assertThat(in).as(file).isNotNull();
				byte[] bytes = in.readAllBytes();
				assertThat(bytes.length).as(file).isLessThanOrEqualTo(30 * 1024);
				assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("wOF2");
			}
		}
	}
}
