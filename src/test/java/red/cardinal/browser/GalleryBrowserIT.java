package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The demo card's gallery on a phone: the lightbox opens, follows the keyboard and gives focus back. */
class GalleryBrowserIT extends BrowserTest {

	@Test
	void opensImagesInALightboxDrivenByTheKeyboard() {
		Page page = Browsers.phone(browser);
		page.navigate(url("/demo"));
		var first = page.locator(".gallery a[data-large]").first();
		first.click();
		var dialog = page.locator("dialog.lightbox");
		assertThat(dialog).isVisible();
		String shown = dialog.locator("img").getAttribute("src");
		assertThat(shown).isEqualTo(first.getAttribute("href"));
		page.keyboard().press("ArrowRight");
		assertThat(dialog.locator("img")).hasAttribute("src", page.locator(".gallery a[data-large]").nth(1).getAttribute("href"));
		Browsers.screenshot(page, "gallery-lightbox");
		page.keyboard().press("Escape");
		assertThat(dialog).isHidden();
		// focus is back on the link of the image last shown
		assertThat(page.locator(".gallery a[data-large]").nth(1)).isFocused();
		assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
	}

	@Test
	void loadsAVideoPlayerOnlyWhenTapped() {
		Page page = Browsers.phone(browser);
		page.navigate(url("/demo"));
		assertThat(page.locator(".gallery iframe")).hasCount(0);
		page.locator(".gallery a.video").click();
		assertThat(page.locator(".gallery iframe")).hasAttribute("src",
				java.util.regex.Pattern.compile("^https://www\\.youtube-nocookie\\.com/embed/"));
	}
}
