package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A new owner's first card, on a phone and on a laptop, in English and Spanish: sign up, follow the
 * guide from the overview (profile with a photo, contact with two phones, a link), publish, and open
 * the card as a visitor would. Counts the interactions it takes, and measures each editor screen.
 */
class FirstCardBrowserIT extends BrowserTest {

	@ParameterizedTest(name = "{0}×{1} {2}")
	@CsvSource({ "390, 844, en-US", "1280, 800, en-US", "390, 844, es-ES" })
	void followsTheGuideToAPublishedCard(int width, int height, String locale) throws IOException {
		boolean spanish = locale.startsWith("es");
		Page page = Browsers.sized(browser, width, height, locale);
		String size = width + "x" + height + "-" + locale;
		String email = "first-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

		// the home page says what Cardinal is and shows the demo card working
		page.navigate(url("/"));
		assertThat(page.locator("ul.features li")).hasCount(6);
		assertThat(page.frameLocator(".demo-phone iframe").locator("h1")).containsText("Ana García Torres");
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the home page").isEmpty();
		Browsers.screenshot(page, "home-" + size);
		page.locator(".hero a.button[href='/signup']").click();
		page.waitForURL("**/signup");
		page.locator("input[name=email]").fill(email);
		page.locator("input[name=password]").fill("a long and unusual passphrase");
		page.locator("main form button[type=submit]").click();
		page.waitForURL("**/dashboard");

		// from here on, every click, typed field and chosen file is one interaction of the new owner
		var steps = new Interactions();
		steps.fill(page.locator("input[name='name.given']"), "Ana");
		steps.fill(page.locator("input[name='name.family']"), "García");
		// the card's address is made from the name when left blank
		steps.click(page.locator("main form[action='/dashboard/cards'] button[type=submit]"));
		page.waitForURL("**/dashboard/cards/*?created");
		String slug = page.locator(".publish-bar").getAttribute("data-slug");
		String overview = page.url().replaceAll("\\?.*", "");
		var heights = new LinkedHashMap<String, Integer>();
		assertThat(page.locator(".steps li.next")).hasCount(1);
		look(page, "overview", size, heights);

		steps.click(page.locator(".steps li.next a.button"));
		page.waitForURL("**/profile");
		steps.setFiles(page.locator("#f-file"), new FilePayload("me.png", "image/png", photo()));
		steps.click(page.locator("form[data-upload] button[type=submit]"));
		page.waitForURL("**/profile?saved");
		assertThat(page.locator("img.thumb")).isVisible();
		look(page, "profile", size, heights);
		steps.click(page.locator(".actions-bar button[name=next]"));
		page.waitForURL("**/contact?saved");

		// an empty list offers its first row to type into; a number without + is read in the country picked
		steps.fill(page.locator("input[name='phones[0].number']"), "+34 612 34 56 78");
		steps.click(page.locator("button[value='add:phones']"));
		Locator second = page.locator("input[name='phones[1].number']");
		second.waitFor();
		steps.fill(second, "(415) 555-0123");
		if (!locale.endsWith("US")) {
			steps.select(page.locator("#f-phoneCountry"), "US");
		}
		assertThat(page.locator("#f-phoneCountry")).hasValue("US");
		look(page, "contact", size, heights);
		steps.click(page.locator(".actions-bar button[name=next]"));
		page.waitForURL("**/links?saved");

		steps.fill(page.locator("input[name='links[0].url']"), "https://github.com/ana");
		look(page, "links", size, heights);
		steps.click(page.locator(".publish-bar button[value=publish]"));
		page.waitForURL("**/links?saved=published");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(spanish ? "publicada" : "published");
		assertThat(page.locator(".publish-bar button[value=unpublish]")).isVisible();
		assertThat(page.frameLocator(".preview iframe").locator("h1")).containsText("Ana García");
		Browsers.screenshot(page, "first-card-published-" + size);

		// the owner sees a saved change on the card page at once, not a copy the browser kept
		page.navigate(url("/" + slug));
		assertThat(page.locator("h1")).containsText("Ana García");
		page.navigate(overview + "/profile");
		page.locator("input[name=jobTitle]").fill("Portrait photographer");
		page.locator(".actions-bar button[value=save]").click();
		assertThat(page.locator("p.notice")).isVisible();
		page.navigate(url("/" + slug));
		assertThat(page.locator("body")).containsText("Portrait photographer");

		for (String screen : List.of("services", "design")) {
			page.navigate(overview + "/" + screen);
			look(page, screen, size, heights);
		}
		System.out.printf("first card at %s: %d interactions from the dashboard to published (%s); screen heights in CSS px: %s%n",
				size, steps.count(), String.join(", ", steps.done), heights);
		assertThat(steps.count()).as("interactions to publish a card with a photo, two phones and a link").isLessThanOrEqualTo(spanish ? 14 : 13);
		// each part's screen is a few screens high at most, not the one form of 5,700 px
		heights.forEach((screen, h) -> assertThat(h).as(screen + " screen height").isLessThan(width < 600 ? 4 * height : 5 * height / 2));

		Page visitor = Browsers.sized(browser, width, height, locale);
		visitor.navigate(url("/" + slug));
		assertThat(visitor.locator("h1")).containsText("Ana García");
		assertThat(visitor.locator("a[href='tel:+34612345678']")).isVisible();
		assertThat(visitor.locator("a[href='tel:+14155550123']")).isVisible();
		assertThat(visitor.locator("a[href$='/go/0']")).containsText("GitHub");
		assertThat(visitor.locator("img[src^='/media/']").first()).isVisible();
		assertThat(Browsers.seriousAccessibilityViolations(visitor)).as("axe on the card page").isEmpty();
		Browsers.screenshot(visitor, "first-card-page-" + size);
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "390, 844", "1280, 800" })
	void aMistakeIsShownWhereItIsAndNothingTypedIsLost(int width, int height) {
		Page page = Browsers.sized(browser, width, height, "en-US");
		String slug = "mistake-" + UUID.randomUUID().toString().substring(0, 8);
		signUp(page, slug + "@example.com");
		String overview = url(createCard(page, "Ana", null, slug));

		page.navigate(overview + "/links");
		page.locator("input[name='links[0].url']").fill("javascript:alert(document.cookie)");
		page.locator(".actions-bar button[value=save]").click();
		assertThat(page.locator("#f-links-0-url-error")).containsText("Only http, https, mailto and tel");
		// the refused save brings the owner to the list of what to mend
		assertThat(page.locator("#editor [data-focus]")).isFocused();
		assertThat(page).hasURL(Pattern.compile(".*/links$"));
		Browsers.screenshot(page, "editor-error-" + width);
		page.locator("input[name='links[0].url']").fill("@ana.fotos");
		page.locator("select[name='links[0].network']").selectOption("instagram");
		page.locator(".actions-bar button[value=save]").click();
		assertThat(page.locator("p.notice")).containsText("Saved");

		// leaving with unsaved input asks first; staying keeps it
		page.locator("input[name='links[0].label']").fill("Photos");
		var asked = new ArrayList<String>();
		page.onceDialog(dialog -> {
			asked.add(dialog.type());
			dialog.dismiss();
		});
		page.locator("nav.screens a[href$='/contact']").click();
		assertThat(page.locator("input[name='links[0].label']")).hasValue("Photos");
		assertThat(asked).containsExactly("beforeunload");

		// the other screens' parts were kept as saved
		page.onceDialog(dialog -> dialog.accept());
		page.navigate(overview + "/profile");
		assertThat(page.locator("input[name='name.given']")).hasValue("Ana");
		assertThat(page.locator("input[name=slug]")).hasValue(slug);
		page.navigate(overview);
		assertThat(page.locator("ol.steps")).containsText("1 link");
	}

	/** An editor screen measured, checked with axe and kept as a screenshot. */
	private static void look(Page page, String screen, String size, Map<String, Integer> heights) {
		heights.put(screen, height(page));
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the " + screen + " screen").isEmpty();
		Browsers.screenshot(page, "first-card-" + screen + "-" + size);
	}

	private static int height(Page page) {
		return ((Number) page.evaluate("document.documentElement.scrollHeight")).intValue();
	}

	/** What the new owner does, one by one. */
	static final class Interactions {

		final List<String> done = new ArrayList<>();

		void fill(Locator field, String text) {
			field.fill(text);
			done.add("type " + text);
		}

		void click(Locator target) {
			String what = target.first().innerText().strip();
			target.first().click();
			done.add("click " + what);
		}

		void select(Locator list, String value) {
			list.selectOption(value);
			done.add("choose " + value);
		}

		void setFiles(Locator input, FilePayload file) {
			input.setInputFiles(file);
			done.add("choose file " + file.name);
		}

		int count() {
			return done.size();
		}
	}

	static byte[] photo() throws IOException {
		var image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(0xB3122E), 640, 480, new Color(0x1A5FB4)));
		g.fillRect(0, 0, 640, 480);
		g.dispose();
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
