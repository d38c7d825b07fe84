package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.SlugLookup;
import red.cardinal.design.Design;
import red.cardinal.design.Font;
import red.cardinal.design.Theme;

/**
 * Every theme on the full demo card, at 390×844 in light and dark: no serious or critical axe
 * violation, the theme's own fonts load from this instance, and a screenshot for docs/themes.md.
 */
class ThemesBrowserIT extends BrowserTest {

	/** The font each theme's screenshot shows, so the docs show every pairing. */
	static final java.util.Map<Theme, Font> FONTS = java.util.Map.of(Theme.CLASSIC, Font.SYSTEM, Theme.COVER,
			Font.EDITORIAL, Theme.SPLIT, Font.INTER, Theme.MINIMAL, Font.ELEGANT, Theme.BOLD, Font.MODERN,
			Theme.STACKED, Font.FRIENDLY, Theme.GRADIENT, Font.INTER, Theme.CORPORATE, Font.TECHNICAL);

	@Autowired
	CardManagement cards;

	Design original;

	@AfterEach
	void restoreTheDemo() {
		if (original != null) {
			design(original);
		}
	}

	@ParameterizedTest
	@EnumSource(Theme.class)
	void rendersTheDemoCardAccessiblyInLightAndDark(Theme theme) {
		Font font = FONTS.get(theme);
		design(new Design(theme.id(), null, font.id(), demo().getDesign().coverMediaId(), "circle", "filled", "system",
				null));
		for (ColorScheme scheme : new ColorScheme[] { ColorScheme.LIGHT, ColorScheme.DARK }) {
			var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
				.setDeviceScaleFactor(1).setIsMobile(true).setHasTouch(true).setLocale("en-US").setColorScheme(scheme));
			Page page = context.newPage();
			var fonts = new java.util.ArrayList<String>();
			page.onResponse(r -> {
				if (r.url().endsWith(".woff2")) {
					fonts.add(r.url() + " " + r.status());
				}
			});
			page.navigate(url("/demo"));
			page.evaluate("document.fonts.ready");
			assertThat(page.locator("body")).hasClass("t-" + theme.id());
			assertThat(page.locator("h1")).hasText("Ana García Torres");
			assertThat(Browsers.seriousAccessibilityViolations(page)).as("%s in %s", theme, scheme).isEmpty();
			assertThat(fonts).allSatisfy(f -> assertThat(f).startsWith(url("/assets/fonts/")).endsWith(" 200"));
			if (!font.files().isEmpty()) {
				assertThat(fonts).as("the pairing's fonts are used").isNotEmpty();
			}
			String name = "theme-" + theme.id() + (scheme == ColorScheme.DARK ? "-dark" : "");
			page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve(name + ".png")));
			context.close();
		}
	}

	Card demo() {
		return ((SlugLookup.Found) cards.findPublished("demo").orElseThrow()).card();
	}

	void design(Design design) {
		Card demo = demo();
		if (original == null) {
			original = demo.getDesign();
		}
		CardDetails d = CardDetails.of(demo);
		cards.update(demo.getOwnerId(), demo.getId(), CardDetails.builder().slug(d.slug()).published(d.published()).name(d.name()).jobTitle(d.jobTitle()).organization(d.organization()).bio(d.bio()).phones(d.phones()).emails(d.emails()).websites(d.websites()).addresses(d.addresses()).links(d.links()).services(d.services()).design(design).build(), Locale.ENGLISH);
	}
}
