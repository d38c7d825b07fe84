package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import red.cardinal.TestImages;

/**
 * An owner uploads a wide photo (red, green and blue thirds), sees its middle, green, on the card,
 * moves it to the left edge with the keyboard, sees the red part in the frame before saving, saves,
 * and the card's photo is red.
 */
class PhotoPositionBrowserIT extends BrowserTest {

	static final int RED = 0xff0000, GREEN = 0x00ff00;

	@ParameterizedTest
	@CsvSource({ "390, 844, en-GB, Upload photo, Move or zoom the photo, Save position",
			"1280, 800, es-ES, Subir foto, Mover o ampliar la foto, Guardar posición" })
	void movesThePhotoWithinItsSquareAndSeesItBeforeSaving(int width, int height, String locale, String upload,
			String place, String save) {
		Page page = Browsers.sized(browser, width, height, locale);
		String slug = "placed-" + UUID.randomUUID().toString().substring(0, 8);
		signUp(page, slug + "@example.com");
		String editor = url(createCard(page, "Ana", "García", slug));

		page.navigate(editor + "/profile");
		page.locator("input[type=file]").first()
			.setInputFiles(new FilePayload("wide.png", "image/png", TestImages.thirds("png", 1500, 500, true)));
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(upload)).click();
		page.waitForURL("**/profile?saved");
		assertThat(colour(page.locator(".photo-slot img.thumb"))).as("the middle of the upload").isEqualTo(GREEN);

		page.getByText(place).click();
		Locator frame = page.locator(".crop-frame");
		assertThat(frame).isVisible();
		assertThat(colour(frame)).as("the square as saved").isEqualTo(GREEN);
		page.locator("#f-photo-x").press("Home");
		assertThat(colour(frame)).as("the square as placed, before saving").isEqualTo(RED);
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the profile screen, placing the photo").isEmpty();
		page.locator(".photo-slot").screenshot(new Locator.ScreenshotOptions()
			.setPath(Browsers.SCREENSHOTS.resolve("photo-position-" + width + "-" + locale + ".png")));

		page.getByText(save).click();
		page.waitForURL("**/profile?saved");
		assertThat(colour(page.locator(".photo-slot img.thumb"))).as("the card's photo, saved").isEqualTo(RED);
		page.navigate(url("/dashboard/cards/" + editor.replaceAll(".*/", "") + "/preview"));
		assertThat(colour(page.locator("img").first())).as("the card page's photo").isEqualTo(RED);
	}

	/** The colour an element shows, from a screenshot of it: red, green or blue. */
	private static int colour(Locator element) {
		return TestImages.dominant(element.screenshot());
	}
}
