package red.cardinal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContrastTest {

	@Test
	void measuresTheExtremesAndKnownPairs() {
		assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21, within(0.01));
		assertThat(Contrast.ratio("#ffffff", "#000000")).isCloseTo(21, within(0.01));
		assertThat(Contrast.ratio("#b3122e", "#b3122e")).isEqualTo(1);
		// WebAIM's checker: #777777 on white is 4.48 : 1, just short of AA; #767676 is the lightest grey that passes
		assertThat(Contrast.ratio("#777777", "#ffffff")).isCloseTo(4.48, within(0.01));
		assertThat(Contrast.ratio("#767676", "#ffffff")).isGreaterThanOrEqualTo(Contrast.AA);
	}

	@ParameterizedTest
	@CsvSource({ "#777777, #ffffff", "#ffcf33, #ffffff", "#3b4cca, #111111", "#808080, #808080", "#ff0000, #ff0000",
			"#ffffff, #ffffff", "#000000, #000000", "#f4f4f6, #f4f4f6" })
	void proposesTheNearestColourThatPasses(String color, String background) {
		String proposed = Contrast.nearestPassing(color, background, Contrast.AA);
		assertThat(Contrast.isColor(proposed)).isTrue();
		assertThat(Contrast.ratio(proposed, background)).isGreaterThanOrEqualTo(Contrast.AA);
	}

	@Test
	void keepsTheHueAndMovesTheLightnessOnlyAsFarAsNeeded() {
		String proposed = Contrast.nearestPassing("#777777", "#ffffff", Contrast.AA);
		assertThat(proposed).isEqualTo("#767676");
		String orange = Contrast.nearestPassing("#ff9900", "#ffffff", Contrast.AA);
		int rgb = Integer.parseInt(orange.substring(1), 16);
		assertThat(rgb >> 16 & 0xff).as("still an orange: red above green above blue").isGreaterThan(rgb >> 8 & 0xff);
		assertThat(rgb >> 8 & 0xff).isGreaterThan(rgb & 0xff);
		assertThat(Contrast.ratio(orange, "#ffffff")).isBetween(Contrast.AA, 5.0);
	}

	@Test
	void leavesAPassingColourAlone() {
		assertThat(Contrast.nearestPassing("#1c1c1f", "#ffffff", Contrast.AA)).isEqualTo("#1c1c1f");
	}

	@Test
	void picksALabelColourThatReadsOnAnyButton() {
		for (String accent : new String[] { "#ffcf33", "#b3122e", "#777777", "#7c3aed", "#00ff00", "#0000ff" }) {
			assertThat(Contrast.ratio(Contrast.onColor(accent), accent)).as(accent).isGreaterThanOrEqualTo(Contrast.AA);
		}
	}

	@Test
	void acceptsOnlyHexColours() {
		assertThat(Contrast.normalize("#ABC")).isEqualTo("#aabbcc");
		assertThat(Contrast.normalize(" #B3122E ")).isEqualTo("#b3122e");
		assertThat(Contrast.normalize("red")).isNull();
		assertThat(Contrast.normalize("red;}</style><script>alert(1)</script>")).isNull();
		assertThat(Contrast.normalize("#b3122e;background:url(//evil.example)")).isNull();
		assertThat(Contrast.normalize("rgb(0,0,0)")).isNull();
	}
}
