package red.cardinal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

class DesignValidationTest {

	static Design design(String theme, Design.Colors colors, String font, List<Design.Section> sections) {
		return new Design(theme, colors, font, null, "circle", "filled", "light", sections);
	}

	@Test
	void refusesStyleInjectionInEveryColour() {
		var hostile = new Design.Colors("red;}</style><script>alert(1)</script>", "#fff;background:url(//evil.example)",
				"expression(alert(1))");
		var e = catchThrowableOfType(InvalidInputException.class,
				() -> DesignValidation.validate(design("classic", hostile, "system", null), "design."));
		assertThat(e.violations()).extracting(Violation::field)
			.containsExactlyInAnyOrder("design.colors.accent", "design.colors.background", "design.colors.text");
		assertThat(e.violations()).extracting(Violation::code).containsOnly("design.color.invalid");
	}

	@Test
	void keepsACoversFocusOfTwoPercentagesAndRefusesAnythingElse() {
		var focused = new Design("classic", null, "system", "7", "circle", "filled", "light", null, " 20,80 ");
		assertThat(DesignValidation.validate(focused, "design.").coverFocus()).isEqualTo("20,80");
		assertThat(Design.decode(DesignValidation.validate(focused, "design.").encode(), 7L).coverFocus()).isEqualTo("20,80");
		// the centre is no focus at all: a design left alone stays the default
		assertThat(DesignValidation.validate(new Design("classic", null, "system", null, "circle", "filled", "light", null,
				Design.CENTRE), "design.").coverFocus()).isNull();
		for (String hostile : new String[] { "101,5", "50,50%}body{display:none", "-1,20", "5", "a,b" }) {
			var e = catchThrowableOfType(InvalidInputException.class, () -> DesignValidation.validate(
					new Design("classic", null, "system", null, "circle", "filled", "light", null, hostile), "design."));
			assertThat(e.violations()).as(hostile).extracting(Violation::field).containsExactly("design.coverFocus");
		}
	}

	@Test
	void refusesUnknownThemesFontsAndSectionsNamingEach() {
		var d = new Design("neon", null, "comic-sans", "12x", "hexagon", "glow", "sepia",
				List.of(new Design.Section("contact", true), new Design.Section("<script>", true),
						new Design.Section("contact", false)));
		var e = catchThrowableOfType(InvalidInputException.class, () -> DesignValidation.validate(d, "design."));
		assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("design.theme", "design.font",
				"design.coverMediaId", "design.photoShape", "design.buttonStyle", "design.mode", "design.sections[1].name",
				"design.sections[2].name");
		assertThat(e.violations()).extracting(Violation::code).contains("design.section.unknown", "design.section.twice");
	}

	@Test
	void normalisesAndCompletesWhatItAccepts() {
		var d = design(" Cover ", new Design.Colors("#ABC", null, " #222222 "), "EDITORIAL",
				List.of(new Design.Section("gallery", true), new Design.Section("contact", false)));
		Design valid = DesignValidation.validate(d, "design.");
		assertThat(valid.theme()).isEqualTo("cover");
		assertThat(valid.font()).isEqualTo("editorial");
		assertThat(valid.colors()).isEqualTo(new Design.Colors("#aabbcc", null, "#222222"));
		assertThat(valid.sections()).extracting(Design.Section::name)
			.containsExactly("gallery", "contact", "about", "links", "services", "products", "booking", "leads");
		assertThat(valid.visibleSections()).doesNotContain("contact").startsWith("gallery");
	}

	@Test
	void givesEveryLeftOutValueItsDefault() {
		Design valid = DesignValidation.validate(new Design(null, null, null, null, null, null, null, null), "design.");
		assertThat(valid).isEqualTo(Design.DEFAULT);
	}

	@Test
	void storesAndReadsBackEveryChoice() {
		var d = new Design("corporate", new Design.Colors("#1f4e79", "#ffffff", null), "technical", "42", "square",
				"pill", "dark", List.of(new Design.Section("links", true), new Design.Section("about", false)));
		Design valid = DesignValidation.validate(d, "design.");
		assertThat(Design.decode(valid.encode(), 42L)).isEqualTo(valid);
		assertThat(Design.decode(null, null)).isEqualTo(Design.DEFAULT);
	}

	@Test
	void readsAStoredLineWithUnknownPartsAsTheNearestValidDesign() {
		Design read = Design.decode("theme=retired;accent=nope;font=inter;sections=gallery,ghost", null);
		assertThat(read.theme()).isEqualTo("classic");
		assertThat(read.colors().accent()).isNull();
		assertThat(read.font()).isEqualTo("inter");
		assertThat(read.sections()).extracting(Design.Section::name).startsWith("gallery").doesNotContain("ghost")
			.hasSize(Design.SECTIONS.size());
	}
}
