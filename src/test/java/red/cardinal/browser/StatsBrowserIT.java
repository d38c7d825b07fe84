package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import red.cardinal.analytics.Analytics;

/** An owner sees the visits to their new card on a phone: the numbers, the chart, the tables. */
class StatsBrowserIT extends BrowserTest {

	@Autowired
	Analytics analytics;

	@Test
	void showsVisitsAndSavesOnAPhone() {
		Page owner = Browsers.phone(browser);
		String slug = "seen-" + UUID.randomUUID().toString().substring(0, 8);
		owner.navigate(url("/signup"));
		owner.locator("input[name=email]").fill(slug + "@example.com");
		owner.locator("input[name=password]").fill("a long and unusual passphrase");
		owner.locator("main form button[type=submit]").click();
		owner.waitForURL("**/dashboard");
		owner.getByLabel("First name").fill("Ana");
		owner.getByLabel("Card address").fill(slug);
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create card")).click();
		owner.waitForURL("**/dashboard/cards/*?created");
		owner.locator(".publish-bar button[value=publish]").click();
		assertThat(owner.locator("p.notice")).containsText("Saved");
		String editor = owner.url().replaceAll("\\?.*$", "");

		// a phone's own browser: headless Chromium's user agent is (rightly) left out as a bot
		Page visitor = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844)
			.setUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"))
			.newPage();
		visitor.navigate(url("/" + slug + "?src=qr"));
		visitor.navigate(url("/" + slug));
		assertThat(visitor.request().get(url("/" + slug + ".vcf")).status()).isEqualTo(200);
		analytics.flush();

		owner.navigate(editor);
		owner.getByText("Visits and saves").click();
		assertThat(owner.locator(".totals")).containsText("Views");
		assertThat(owner.locator(".totals div:has(dt:text-is('Views')) dd")).hasText("2");
		assertThat(owner.locator(".totals div:has(dt:text-is('QR scans')) dd")).hasText("1");
		assertThat(owner.locator(".totals div:has(dt:text-is('Contacts saved')) dd")).hasText("1");
		assertThat(owner.locator(".chart svg polyline")).hasCount(4);
		assertThat(Browsers.seriousAccessibilityViolations(owner)).as("axe on the stats page").isEmpty();
		Browsers.screenshot(owner, "stats");
	}
}
