package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** An owner on a phone copies their card as an email signature and looks at their call backgrounds. */
class SignatureBrowserIT extends BrowserTest {

	@Test
	void copiesTheSignatureAsRichHtmlAndSeesTheBackgrounds() {
		Page owner = Browsers.phone(browser);
		owner.context().grantPermissions(List.of("clipboard-read", "clipboard-write"),
				new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		// the signature's absolute URLs are the configured base URL's: serve them from this test's server
		owner.context().route("http://localhost:8080/**", route -> route.resume(new com.microsoft.playwright.Route.ResumeOptions()
			.setUrl(route.request().url().replace("http://localhost:8080", url("")))));
		String slug = "sig-" + UUID.randomUUID().toString().substring(0, 8);
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

		owner.getByText("Email signature and call backgrounds").click();
		owner.waitForURL("**/signature");
		var preview = owner.frameLocator("#signature-preview");
		assertThat(preview.locator("table")).containsText("Ana");
		assertThat(preview.locator("a[href='http://localhost:8080/" + slug + "']")).isVisible();
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy signature")).click();
		assertThat(owner.locator("[data-status]")).containsText("Copied");
		Object types = owner.evaluate("async () => (await navigator.clipboard.read())[0].types.join()");
		assertThat((String) types).contains("text/html").contains("text/plain");
		Object html = owner.evaluate("async () => (await (await navigator.clipboard.read())[0].getType('text/html')).text()");
		assertThat((String) html).contains("<table").contains("http://localhost:8080/" + slug);

		owner.locator("select[name=layout]").selectOption("qr");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		owner.waitForURL("**/signature?layout=qr");
		assertThat(owner.frameLocator("#signature-preview").locator("img")).isVisible();
		owner.waitForFunction("() => document.getElementById('signature-preview').contentDocument.querySelector('img').naturalWidth === 160");
		var backgrounds = owner.locator("img.background-preview");
		assertThat(backgrounds).hasCount(2);
		backgrounds.first().scrollIntoViewIfNeeded();
		owner.waitForFunction("() => [...document.querySelectorAll('img.background-preview')].every(i => i.naturalWidth === 1280)");
		assertThat(Browsers.seriousAccessibilityViolations(owner)).as("axe on the signature page").isEmpty();
		Browsers.screenshot(owner, "signature");
		preview.locator("table").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(Browsers.SCREENSHOTS.resolve("signature-qr.png")));
	}
}
