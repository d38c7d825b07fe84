package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import red.cardinal.wallet.TestWalletKeys;

/** A visitor on an iPhone adds the card to Apple Wallet, one on Android to Google Wallet, each from their own badge. */
class WalletBrowserIT extends BrowserTest {

	static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

	static final String ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

	@DynamicPropertySource
	static void credentials(DynamicPropertyRegistry registry) {
		try {
			Path dir = Files.createTempDirectory("wallet-browser");
			TestWalletKeys.apple(dir, Duration.ofDays(300)).properties().forEach((name, value) -> registry.add(name, () -> value));
			TestWalletKeys.google(dir).properties().forEach((name, value) -> registry.add(name, () -> value));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void addsTheCardToAppleWalletFromAnIphone() throws Exception {
		Page page = phone(IPHONE);
		page.navigate(url("/demo"));
		var badge = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add to Apple Wallet"));
		assertThat(badge).isVisible();
		assertThat(page.getByText("Google Wallet")).hasCount(0);
		assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
		Browsers.screenshot(page, "wallet-apple-badge");
		Download download = page.waitForDownload(badge::click);
		assertThat(download.suggestedFilename()).isEqualTo("demo.pkpass");
		assertThat(Files.size(download.path())).isGreaterThan(1000);
	}

	@Test
	void addsTheCardToGoogleWalletFromAnAndroidPhone() {
		Page page = phone(ANDROID);
		page.navigate(url("/demo"));
		var badge = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add to Google Wallet"));
		assertThat(badge).isVisible();
		assertThat(page.getByText("Apple Wallet")).hasCount(0);
		assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
		Browsers.screenshot(page, "wallet-google-badge");
		var response = page.request().get(url(badge.getAttribute("href")), RequestOptions.create().setMaxRedirects(0));
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.headers().get("location")).startsWith("https://pay.google.com/gp/v/save/");
	}

	private static Page phone(String userAgent) {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
			.setUserAgent(userAgent)).newPage();
	}
}
