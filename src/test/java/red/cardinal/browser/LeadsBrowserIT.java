package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import red.cardinal.TestCards;
import red.cardinal.account.Accounts;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Email;
import red.cardinal.leads.LeadSettings;

/**
 * A visitor on a phone scans a card, shares their details (told what is missing next to the field),
 * is thanked and offered the owner's contact; the owner finds the lead in their inbox and adds a
 * webhook for the next ones.
 */
class LeadsBrowserIT extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Autowired
	CardManagement cards;

	@Test
	void aVisitorSharesTheirDetailsAndSavesTheOwnersContactAndTheOwnerSeesTheLead() {
		String slug = "leads-" + UUID.randomUUID().toString().substring(0, 8);
		Page owner = Browsers.phone(browser);
		owner.navigate(url("/signup"));
		owner.locator("input[name=email]").fill(slug + "@example.com");
		owner.locator("input[name=password]").fill("a long and unusual passphrase");
		owner.locator("main form button[type=submit]").click();
		owner.waitForURL("**/dashboard");
		long ownerId = accounts.findByEmail(slug + "@example.com").orElseThrow().id();
		cards.create(ownerId, TestCards.person(slug, "Lucía", "Pérez").emails(List.of(new Email("work", "lucia@example.com")))
			.build(), TestCards.sections("leads", new LeadSettings(true, List.of("name", "email", "company", "note"),
					List.of("name", "email"), null, null, false)), Locale.ENGLISH);

		Page visitor = Browsers.phone(browser);
		visitor.navigate(url("/" + slug + "?src=qr"));
		var form = visitor.locator("#connect form");
		assertThat(form).isVisible();
		assertThat(Browsers.seriousAccessibilityViolations(visitor)).as("axe on a card with a lead form").isEmpty();
		form.getByLabel("Name").fill("Kim Park");
		form.getByLabel("Email").fill("kim@example");
		form.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Send my details"))
			.click();
		assertThat(visitor.locator("#l-email-error")).isVisible();
		assertThat(visitor.locator("#l-consent-error")).isVisible();
		assertThat(visitor.locator("#l-name")).hasValue("Kim Park");
		Browsers.screenshot(visitor, "leads-form-errors");
		visitor.locator("#l-email").fill("kim@example.com");
		visitor.locator("#l-company").fill("Park & Co");
		visitor.locator("#l-consent").check();
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my details")).click();
		visitor.waitForURL("**/" + slug + "/connect/thanks");
		var save = visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Save Lucía Pérez's contact"));
		assertThat(save).hasAttribute("href", "/" + slug + ".vcf");
		assertThat(Browsers.seriousAccessibilityViolations(visitor)).as("axe on the thank-you page").isEmpty();
		Browsers.screenshot(visitor, "leads-thanks");
		var download = visitor.waitForDownload(save::click);
		assertThat(download.suggestedFilename()).endsWith(".vcf");

		owner.navigate(url("/dashboard/leads"));
		var row = owner.locator("table.leads tbody tr").first();
		assertThat(row).containsText("Kim Park");
		assertThat(row).containsText("Park & Co");
		assertThat(Browsers.seriousAccessibilityViolations(owner)).as("axe on the leads inbox").isEmpty();
		Browsers.screenshot(owner, "leads-inbox");
		row.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Kim Park")).click();
		owner.getByLabel("Status").selectOption("contacted");
		owner.getByLabel("Tags").fill("fair");
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(owner.locator(".notice")).containsText("Saved");
		assertThat(Browsers.seriousAccessibilityViolations(owner)).as("axe on a lead").isEmpty();

		owner.navigate(url("/account"));
		owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage webhooks")).click();
		owner.getByLabel("Endpoint URL").fill("https://93.184.216.34/hooks/cardinal");
		owner.locator("input[name=events][value='lead.created']").check();
		owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add endpoint")).click();
		assertThat(owner.locator("#new-secret")).containsText("whsec_");
		assertThat(owner.locator("h2 code")).hasText("https://93.184.216.34/hooks/cardinal");
		assertThat(Browsers.seriousAccessibilityViolations(owner)).as("axe on the webhooks screen").isEmpty();
		Browsers.screenshot(owner, "webhooks");
	}
}
