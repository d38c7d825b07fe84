package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import red.cardinal.TestImages;

/**
 * An owner on a phone fills the gallery by uploading several photos right on its screen (a file
 * over the limit is said before anything is sent), then picks the card's cover by its thumbnail,
 * with the keyboard, and uploads another cover in place; the saved card shows it.
 */
class MediaInPlaceBrowserIT extends BrowserTest {

	@Test
	void uploadsGalleryImagesInPlaceAndPicksTheCoverByThumbnail() {
		Page page = Browsers.phone(browser);
		String slug = "media-" + UUID.randomUUID().toString().substring(0, 8);
		signUp(page, slug + "@example.com");
		String editor = url(createCard(page, "Ana", "García", slug));

		page.navigate(editor + "/gallery");
		var input = page.getByLabel("Add images to the gallery");
		assertThat(page.locator("#f-file-hint")).containsText("up to 25 MB and 50 megapixels");

		// a file over the limit is refused before a byte is sent, next to the field
		byte[] huge = new byte[26 * 1024 * 1024];
		input.setInputFiles(new FilePayload("IMG_4032.jpg", "image/jpeg", huge));
		assertThat(page.locator("#f-file-error")).containsText("IMG_4032.jpg is larger than 25 MB");
		assertThat(input).hasAttribute("aria-invalid", "true");

		input.setInputFiles(new FilePayload[] {
				new FilePayload("beach.png", "image/png", TestImages.image("png", 1200, 800)),
				new FilePayload("studio.png", "image/png", TestImages.image("png", 800, 1000)),
				new FilePayload("team.jpg", "image/jpeg", TestImages.image("jpg", 1600, 900)) });
		assertThat(page.locator("#f-file-error")).hasCount(0);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and add")).click();
		page.waitForURL("**/gallery?saved");
		var rows = page.locator(".item");
		assertThat(rows).hasCount(3);
		// each row shows its own image chosen, among the thumbnails of every upload
		for (int i = 0; i < 3; i++) {
			assertThat(rows.nth(i).locator("input[type=radio]:checked")).hasCount(1);
		}
		assertThat(rows.nth(0).locator(".pick img")).hasCount(3);
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the gallery screen").isEmpty();
		Browsers.screenshot(page, "media-gallery-in-place");

		// the cover: no cover yet; the arrow key moves the choice onto the first thumbnail
		page.navigate(editor + "/design");
		var none = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("No cover image"));
		assertThat(none).isChecked();
		none.focus();
		page.keyboard().press("ArrowRight");
		var first = page.locator("input[name='design.coverMediaId']").nth(1);
		assertThat(first).isChecked();
		assertThat(first).isFocused();

		// a cover over the limit is refused before a byte is sent, next to its field
		page.locator("#f-design-cover-file").setInputFiles(new FilePayload("IMG_0007.jpg", "image/jpeg", new byte[26 * 1024 * 1024]));
		assertThat(page.locator("#f-design-cover-file-error")).containsText("IMG_0007.jpg is larger than 25 MB");
		assertThat(page.locator("#f-design-cover-file")).hasAttribute("aria-invalid", "true");

		// or a new one uploaded right there, which comes back chosen
		page.locator("#f-design-cover-file").setInputFiles(
				new FilePayload("cover.png", "image/png", TestImages.image("png", 1600, 600)));
		var chosen = page.locator("input[name='design.coverMediaId']:checked");
		assertThat(page.locator("input[name='design.coverMediaId']")).hasCount(5);
		assertThat(chosen).hasValue(Pattern.compile("\\d+"));
		String cover = chosen.inputValue();
		assertThat(page.locator("#f-design-cover-file-error")).hasCount(0);
		assertThat(page.locator("input[name='design.coverMediaId']").last()).isChecked();
		page.locator("#design .media-picker").first().scrollIntoViewIfNeeded();
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the editor with the cover picker").isEmpty();
		page.locator("#design .media-picker").first().screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(Browsers.SCREENSHOTS.resolve("media-cover-picker.png")));

		// the cover's focus: the part that stays in view when the page crops it
		page.getByLabel("Top to bottom").fill("20");
		assertThat(page.frameLocator("iframe[name=preview]").locator("img.cover")).hasCSS("object-position", "50% 20%");
		page.locator("#design .focus").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(Browsers.SCREENSHOTS.resolve("media-cover-focus.png")));

		page.locator(".publish-bar button[value=publish]").click();
		assertThat(page.locator("p.notice")).containsText("Saved");
		assertThat(page.locator("input[name='design.coverMediaId'][value='" + cover + "']")).isChecked();
		Page visitor = Browsers.phone(browser);
		visitor.navigate(url("/" + slug));
		assertThat(visitor.locator("img.cover")).hasCount(1);
		assertThat(visitor.locator("img.cover")).hasCSS("object-position", "50% 20%");
		assertThat(visitor.locator(".gallery img")).hasCount(3);
		Browsers.screenshot(visitor, "media-card-with-cover-and-gallery");
	}

	@Test
	void saysTheLimitsInSpanishAndShowsUploadsByThumbnailOnADesktop() {
		Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800)
			.setLocale("es-ES")).newPage();
		String slug = "medios-" + UUID.randomUUID().toString().substring(0, 8);
		page.navigate(url("/signup"));
		page.locator("input[name=email]").fill(slug + "@example.com");
		page.locator("input[name=password]").fill("una frase de paso larga e inusual");
		page.locator("main form button[type=submit]").click();
		page.waitForURL("**/dashboard");
		page.navigate(url("/dashboard/media"));
		assertThat(page.locator("#f-file-hint")).containsText("hasta 25 MB y 50 megapíxeles");
		page.locator("#f-file").setInputFiles(new FilePayload("IMG_2001.jpg", "image/jpeg", new byte[26 * 1024 * 1024]));
		assertThat(page.locator("#f-file-error")).containsText("IMG_2001.jpg pesa más de 25 MB");
		page.locator("#f-file").setInputFiles(new FilePayload("plaza.jpg", "image/jpeg", TestImages.image("jpg", 2000, 1200)));
		page.locator("main form[data-upload] button[type=submit]").click();
		page.waitForURL("**/dashboard/media?done=uploaded");
		var thumb = page.locator(".library img").first();
		assertThat(thumb).hasAttribute("src", Pattern.compile("-320\\.jpg$"));
		assertThat(thumb).hasJSProperty("naturalWidth", 320);
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the media library").isEmpty();
		Browsers.screenshot(page, "media-library-desktop-es");
	}
}
