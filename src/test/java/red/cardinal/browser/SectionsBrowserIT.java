package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

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
}
