package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An owner on a phone reaches a section from the card's editor, is told what is wrong next to the
 * field, saves it, and a visitor sees it on the card.
 */
class SectionsBrowserIT extends BrowserTest {

	@Test
	void setsUpAppointmentsAndAGalleryFromTheirOwnScreens() {
		Page page = Browsers.phone(browser);
		String slug = "sections-" + UUID.randomUUID().toString().substring(0, 8);
		page.navigate(url("/signup"));
		page.locator("input[name=email]").fill(slug + "@example.com");
		page.locator("input[name=password]").fill("a long and unusual passphrase");
		page.locator("main form button[type=submit]").click();
		page.waitForURL("**/dashboard");
		page.getByLabel("First name").fill("Lucía");
		page.getByLabel("Card address").fill(slug);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create card")).click();
		page.waitForURL("**/dashboard/cards/*?created");
		page.locator(".publish-bar button[value=publish]").click();
		assertThat(page.locator(".notice")).containsText("Saved");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Appointments")).first().click();
		page.waitForURL("**/booking");
		page.locator("input[name='booking.enabled'][type=checkbox]").check();
		page.getByLabel("Your time zone").fill("Mars/Olympus");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).last().click();
		assertThat(page.locator("#f-booking-timeZone-error")).isVisible();
		Browsers.screenshot(page, "section-booking-error");
		page.getByLabel("Your time zone").fill("Europe/Madrid");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).last().click();
		page.waitForURL("**/booking?saved");

		page.navigate(url("/dashboard"));
		page.locator("ul.cards a.button").first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gallery")).first().click();
		page.waitForURL("**/gallery");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a video")).click();
		page.locator("input[name='gallery[0].videoUrl']").fill("https://youtu.be/dQw4w9WgXcQ");
		page.locator("input[name='gallery[0].caption']").fill("Taller tour");
		assertThat(page.frameLocator("iframe[name=preview]").locator(".gallery a.video")).containsText("Taller tour");
		// leaving the screen with unsaved input asks first; staying keeps it
		var asked = new java.util.ArrayList<String>();
		page.onceDialog(dialog -> {
			asked.add(dialog.type());
			dialog.dismiss();
		});
		page.locator("nav.screens a").first().click();
		assertThat(page.locator("input[name='gallery[0].caption']")).hasValue("Taller tour");
		org.assertj.core.api.Assertions.assertThat(asked).containsExactly("beforeunload");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).last().click();
		page.waitForURL("**/gallery?saved");
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the gallery screen").isEmpty();

		Page visitor = Browsers.phone(browser);
		visitor.navigate(url("/" + slug));
		assertThat(visitor.locator("#h-booking")).isVisible();
		assertThat(visitor.locator(".gallery a.video")).containsText("Taller tour");
		Browsers.screenshot(visitor, "section-card");
	}

	/**
	 * What the owner types into a section's screen shows in its preview at once, before it is saved
	 * (and nowhere else); while what is typed is invalid the preview keeps showing what is saved.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 390, 1280 })
	void previewsASectionAsItIsTypedBeforeItIsSaved(int width) {
		Page page = width < 600 ? Browsers.phone(browser) : Browsers.desktop(browser);
		String slug = "preview-" + width + "-" + UUID.randomUUID().toString().substring(0, 8);
		signUp(page, slug + "@example.com");
		String card = createCard(page, "Lucía", null, slug);
		page.navigate(url(card + "/gallery"));
		var preview = page.frameLocator("iframe[name=preview]");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update preview"))).isHidden();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a video")).click();
		page.locator("input[name='gallery[0].videoUrl']").fill("https://youtu.be/dQw4w9WgXcQ");
		page.locator("input[name='gallery[0].caption']").fill("Kiln day");
		assertThat(preview.locator(".gallery a.video")).containsText("Kiln day");
		page.locator("iframe[name=preview]").scrollIntoViewIfNeeded();
		Browsers.screenshot(page, "section-preview-typed-" + width);

		// the frame's next page is the invalid input's: marked so, the one showing "Kiln day" is told from it
		var frame = page.frame("preview");
		frame.evaluate("() => { document.body.dataset.shown = 'typed'; }");
		page.locator("input[name='gallery[0].videoUrl']").fill("javascript:alert(1)");
		page.locator("input[name='gallery[0].caption']").fill("Kiln night");
		frame.waitForFunction("() => document.readyState === 'complete' && !document.body.dataset.shown");
		assertThat(preview.locator("h1")).containsText("Lucía");
		assertThat(preview.locator(".gallery")).hasCount(0);
		assertThat(preview.locator("body")).not().containsText("Kiln");

		// a list button shows the screen again with the input not saved: the preview shows that input at once
		Page booking = page.context().newPage();
		booking.navigate(url(card + "/booking"));
		booking.locator("input[name='booking.enabled'][type=checkbox]").check();
		booking.locator("input[name='booking.timeZone']").fill("Europe/Madrid");
		booking.locator("input[name='booking.types[0].name']").fill("Throwing lesson");
		booking.locator("input[name='booking.types[0].minutes']").fill("45");
		booking.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a date")).click();
		assertThat(booking.locator("p.alert[role=status]")).containsText("not saved yet");
		assertThat(booking.frameLocator("iframe[name=preview]").locator("#h-booking + ul"))
			.containsText("Throwing lesson · 45 min");

		Page visitor = Browsers.phone(browser);
		visitor.navigate(url("/" + slug));
		assertThat(visitor.locator("h1")).isVisible();
		assertThat(visitor.locator(".gallery")).hasCount(0);
		assertThat(visitor.locator("#h-booking")).hasCount(0);
	}

	/** Without JavaScript, "Update preview" posts what is typed into the preview frame, and saves nothing. */
	@Test
	void previewsASectionWithoutJavaScript() {
		Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setViewportSize(390, 844).setLocale("en-US")).newPage();
		String slug = "preview-nojs-" + UUID.randomUUID().toString().substring(0, 8);
		signUp(page, slug + "@example.com");
		String card = createCard(page, "Lucía", null, slug);
		page.navigate(url(card + "/leads"));
		page.locator("input[name='leads.enabled'][type=checkbox]").check();
		page.locator("textarea[name='leads.consentText'], input[name='leads.consentText']").fill("Mail me about the kiln");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update preview")).click();
		var preview = page.frameLocator("iframe[name=preview]");
		assertThat(preview.locator("#connect")).containsText("Mail me about the kiln");
		assertThat(page.locator("input[name='leads.enabled'][type=checkbox]")).isChecked();
		page.locator("iframe[name=preview]").scrollIntoViewIfNeeded();
		Browsers.screenshot(page, "section-preview-nojs");

		Page visitor = Browsers.phone(browser);
		visitor.navigate(url("/" + slug));
		assertThat(visitor.locator("h1")).isVisible();
		assertThat(visitor.locator("#connect")).hasCount(0);
	}
}
