package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * An owner designs their card on a laptop: the preview follows every change before saving,
 * sections reorder by keyboard and by dragging, and the saved page shows the result.
 */
class DesignBrowserIT extends BrowserTest {

	@Test
	void previewsDesignChangesLiveAndSavesThem() {
		Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"))
			.newPage();
		String slug = "design-" + UUID.randomUUID().toString().substring(0, 8);
		page.navigate(url("/signup"));
		page.locator("input[name=email]").fill(slug + "@example.com");
		page.locator("input[name=password]").fill("a long and unusual passphrase");
		page.locator("main form button[type=submit]").click();
		page.waitForURL("**/dashboard");
		page.getByLabel("First name").fill("Ana");
		page.getByLabel("Last name").fill("García");
		page.getByLabel("Card address").fill(slug);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Create card")).click();
		page.waitForURL("**/dashboard/cards/*?created");
		String overview = page.url().replaceAll("\\?.*", "");
		page.navigate(overview + "/profile");
		page.locator("textarea[name=bio]").fill("I photograph people.");
		page.locator(".actions-bar button[name=next]").click();
		page.waitForURL("**/contact?saved");
		page.navigate(overview + "/design");
		var preview = page.frameLocator("iframe[name=preview]");
		assertThat(preview.locator("body")).hasClass("t-classic");

		// every change shows in the preview before anything is saved
		page.getByLabel("Bold dark").check();
		assertThat(preview.locator("body")).hasClass("t-bold");
		assertThat(preview.locator(".bio")).hasText("I photograph people.");
		assertThat(page.locator("input[name='design.accent']")).hasValue("#ffcf33");
		page.locator("input[name='design.accent']").fill("#00aa55");
		assertThat(page.locator("input[name='design.ownColors'][type=checkbox]")).isChecked();
		assertThat(preview.locator(".save")).hasCSS("background-color", "rgb(0, 170, 85)");
		// a colour that reads poorly is said while it is picked, with the nearest that passes
		page.locator("input[name='design.accent']").fill(page.locator("input[name='design.background']").inputValue());
		assertThat(page.locator("#contrast-warnings")).containsText("Accent reads poorly on the background");
		page.locator("#contrast-warnings button").click();
		assertThat(page.locator("#contrast-warnings")).not().containsText("reads poorly");
		page.locator("input[name='design.accent']").fill("#00aa55");
		page.getByLabel("Fonts").selectOption("modern");
		assertThat(preview.locator("h1")).hasCSS("font-family", Pattern.compile("Space Grotesk"));

		// keyboard: move About above Contact with the arrow button
		// the section order folds away until asked for (it stays open once the form came back unsaved)
		if (page.locator("#design-sections[open]").count() == 0) {
			page.locator("#design-sections summary").click();
		}
		var about = page.locator("[data-section]:has(input[value=about])");
		about.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Move About up")).click();
		assertThat(page.locator("[data-section] input[type=hidden][name$='.name']").first()).hasValue("about");
		assertThat(page.locator("input[name='design.sections[0].name']")).hasValue("about");
		assertThat(about.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Move About down"))).isFocused();

		// mouse: drag Gallery to the top by its handle
		page.locator("[data-sortable]").scrollIntoViewIfNeeded();
		var gallery = page.locator("[data-section]:has(input[value=gallery]) .handle");
		var first = page.locator("[data-section]").first().boundingBox();
		var handle = gallery.boundingBox();
		page.mouse().move(handle.x + handle.width / 2, handle.y + handle.height / 2);
		page.mouse().down();
		page.mouse().move(first.x + 10, first.y + 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
		page.mouse().up();
		assertThat(page.locator("input[name='design.sections[0].name']")).hasValue("gallery");
		assertThat(page.locator("input[name='design.sections[1].name']")).hasValue("about");

		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the editor's design section").isEmpty();
		page.locator("#design").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(Browsers.SCREENSHOTS.resolve("editor-design.png")));
		Browsers.screenshot(page, "editor-live-preview");

		page.locator(".publish-bar button[value=publish]").click();
		assertThat(page.locator("p.notice")).containsText("Saved");
		Page visitor = Browsers.phone(browser);
		visitor.navigate(url("/" + slug));
		assertThat(visitor.locator("body")).hasClass("t-bold");
		String html = visitor.content();
		assertThat(html.indexOf("id=\"h-about\"")).isPositive();
	}
}
