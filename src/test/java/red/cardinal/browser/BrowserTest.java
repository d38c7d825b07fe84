package red.cardinal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import red.cardinal.account.RateLimits;

/** The app on a free loopback port and one system Chromium for all the journeys of a class. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
abstract class BrowserTest {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	RateLimits limits;

	/** Each journey is a new person's, all from 127.0.0.1: the sign-up limit per address (5 an hour) would refuse the sixth. */
	@BeforeEach
	void freshLimits() {
		limits.reset();
	}

	@BeforeAll
	static void launch() {
		Browsers.chromium();
		playwright = Browsers.playwright();
		browser = Browsers.launch(playwright);
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	/** Signs a new owner up (the form of an English page) and lands on the dashboard. */
	void signUp(Page page, String email) {
		page.navigate(url("/signup"));
		page.locator("input[name=email]").fill(email);
		page.locator("input[name=password]").fill("a long and unusual passphrase");
		page.locator("main form button[type=submit]").click();
		page.waitForURL("**/dashboard");
	}

	/** From the dashboard: a new card of this name at this address; the card's overview path. */
	String createCard(Page page, String given, String family, String slug) {
		page.locator("input[name='name.given']").fill(given);
		if (family != null) {
			page.locator("input[name='name.family']").fill(family);
		}
		page.locator("input[name=slug]").fill(slug);
		page.locator("main form[action='/dashboard/cards'] button[type=submit]").click();
		page.waitForURL("**/dashboard/cards/*?created");
		return page.url().replaceAll("^https?://[^/]+|\\?.*$", "");
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
