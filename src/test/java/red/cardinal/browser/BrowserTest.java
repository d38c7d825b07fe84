package red.cardinal.browser;

import com.microsoft.playwright.Browser;
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

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
