package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

/**
 * A new owner's first visit, on a phone: sign up, create a card with a photo, two phones, a link
 * and a service, publish it, and open it as a visitor would.
 */
class CardJourneyBrowserIT extends BrowserTest {

	@Test
	void signsUpCreatesPublishesAndOpensACard() throws IOException {
		Page page = Browsers.phone(browser);
		String slug = "journey-" + UUID.randomUUID().toString().substring(0, 8);

		page.navigate(url("/signup"));
		page.locator("input[name=email]").fill(slug + "@example.com");
		page.locator("input[name=password]").fill("a long and unusual passphrase");
		page.locator("main form button[type=submit]").click();
		page.waitForURL("**/dashboard");

		page.getByLabel("First name").fill("Ana");
		page.getByLabel("Last name").fill("García");
		page.getByLabel("Card address").fill(slug);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create card")).click();
		page.waitForURL("**/dashboard/cards/*?created");

		page.locator("#f-file").setInputFiles(new FilePayload("me.png", "image/png", photo()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload photo")).click();
		page.waitForURL("**?saved");
		assertThat(page.locator("img.thumb")).isVisible();

		page.getByLabel("Job title").fill("Photographer");
		addRow(page, "Add a phone number", "phones[0].number").fill("+34 612 34 56 78");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*\\?saved$"));
		assertThat(page.getByLabel("Job title")).hasValue("Photographer");
		page.locator("input[name='phones[0].whatsapp'][type=checkbox]").check();
		// typed as people write a local number: the country picker says where it is
		addRow(page, "Add a phone number", "phones[1].number").fill("(415) 555-0123");
		page.getByLabel("Country for numbers without +").selectOption("US");
		page.locator("select[name='phones[1].type']").selectOption("work");
		addRow(page, "Add a link", "links[0].url").fill("javascript:alert(document.cookie)");
		page.locator(".actions-bar button[value=save]").click();
		assertThat(page.locator("#f-links-0-url-error")).containsText("Only http, https, mailto and tel");
		// the refused save brings the owner to the list of what to mend
		assertThat(page.locator("#editor [data-focus]")).isFocused();
		// leaving with unsaved input asks first; staying keeps it
		var asked = new java.util.ArrayList<String>();
		page.onceDialog(dialog -> {
			asked.add(dialog.type());
			dialog.dismiss();
		});
		page.locator("a[href$='/qr']").first().click();
		assertThat(page.locator("input[name='phones[1].number']")).hasValue("(415) 555-0123");
		assertThat(asked).containsExactly("beforeunload");
		assertThat(page.locator("input[name='phones[1].number']")).hasValue("(415) 555-0123");
		Browsers.screenshot(page, "editor-error");
		page.locator("input[name='links[0].url']").fill("https://github.com/ana");
		addRow(page, "Add a link", "links[1].url").fill("@ana.fotos");
		page.locator("select[name='links[1].network']").selectOption("instagram");
		addRow(page, "Add a service", "services[0].title").fill("Portrait session");
		page.locator("input[name='services[0].price']").fill("€120");
		Browsers.screenshot(page, "editor-filled");
		page.locator(".publish-bar button[value=publish]").click();
		page.waitForURL("**?saved=published");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved and published");
		assertThat(page.locator(".publish-bar button[value=unpublish]")).isVisible();
		page.locator(".preview iframe").scrollIntoViewIfNeeded();
		assertThat(page.frameLocator(".preview iframe").locator("h1")).containsText("Ana García");
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the editor").isEmpty();
		Browsers.screenshot(page, "editor-saved");

		Page visitor = Browsers.phone(browser);
		visitor.navigate(url("/" + slug));
		assertThat(visitor.locator("h1")).containsText("Ana García");
		assertThat(visitor.locator("body")).containsText("Photographer");
		assertThat(visitor.locator("a[href='tel:+34612345678']")).isVisible();
		assertThat(visitor.locator("a[href='tel:+14155550123']")).isVisible();
		// WhatsApp through the card's counted redirect, which only ever goes to its own number
		assertThat(visitor.locator("a.wa[href$='/go/whatsapp/0']")).isVisible();
		assertThat(visitor.locator("a[href$='/go/0']")).containsText("GitHub");
		assertThat(visitor.locator("a[href$='/go/1']")).containsText("Instagram");
		assertThat(visitor.locator("body")).containsText("Portrait session");
		assertThat(visitor.locator("body")).containsText("€120");
		assertThat(visitor.locator("img[src^='/media/']").first()).isVisible();
		assertThat(visitor.locator("a[href='/" + slug + ".vcf']")).isVisible();
		assertThat(Browsers.seriousAccessibilityViolations(visitor)).as("axe on the card page").isEmpty();
		Browsers.screenshot(visitor, "card-page");
	}

	/** Presses an add button (htmx swaps the editor, or the page reloads without JS) and finds the new field. */
	static Locator addRow(Page page, String button, String field) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
		Locator input = page.locator("[name='" + field + "']");
		input.waitFor();
		return input;
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
