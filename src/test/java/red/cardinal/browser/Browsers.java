package red.cardinal.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * The system Chromium driven by Playwright, never a downloaded browser. Without Chromium the
 * browser tests are skipped with a message, except under {@code CI=true}, where that fails.
 */
public final class Browsers {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private Browsers() {
	}

	public static Path chromium() {
		for (String candidate : List.of(System.getenv().getOrDefault("CHROMIUM", ""), "/usr/bin/chromium",
				"/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
			if (!candidate.isEmpty() && Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		String message = "No Chromium found at /usr/bin/chromium: install it (apt-get install -y chromium) to run the browser tests";
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(message);
		}
		Assumptions.abort(message);
		return null;
	}

	public static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--no-first-run", "--disable-sync")));
	}

	/** A phone-sized page (390×844, as an iPhone 12–15). */
	public static Page phone(Browser browser) {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("en-US")).newPage();
	}

	/** A desktop-sized page (1280×800, a common laptop). */
	public static Page desktop(Browser browser) {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-US")).newPage();
	}

	/** A page of this size: a phone when narrower than 600 CSS px, in this language. */
	public static Page sized(Browser browser, int width, int height, String locale) {
		boolean phone = width < 600;
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setDeviceScaleFactor(phone ? 2 : 1)
			.setIsMobile(phone)
			.setHasTouch(phone)
			.setLocale(locale)).newPage();
	}

	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/** Serious and critical axe-core violations on the page, as readable lines. */
	@SuppressWarnings("unchecked")
	public static List<String> seriousAccessibilityViolations(Page page) {
		try (var in = Browsers.class.getResourceAsStream("/axe.min.js")) {
			page.evaluate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		var violations = (List<Map<String, Object>>) page.evaluate(
				"async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
						+ ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
						+ ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
						+ " nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))");
		return violations.stream().map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes")).toList();
	}
}
