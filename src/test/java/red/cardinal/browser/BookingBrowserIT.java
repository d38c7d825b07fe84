package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import red.cardinal.TestCards;
import red.cardinal.TestAccounts;
import red.cardinal.booking.BookingSettings;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;

/** A visitor in New York books a call with an owner in Berlin on a phone, then cancels it. */
class BookingBrowserIT extends BrowserTest {

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Test
	void booksInTheVisitorsOwnZoneAndCancels() {
		long owner = accounts.create().id();
		var weekly = new ArrayList<BookingSettings.Weekly>();
		for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			weekly.add(new BookingSettings.Weekly(d, "09:00", "12:00"));
		}
		String slug = "meet-" + owner;
		cards.create(owner, TestCards.person(slug, "Ana", "García").build(), TestCards.sections("booking", new BookingSettings(true, "Europe/Berlin", false, 0, 0, 0, 60, 0, weekly, List.of(), List.of(new BookingSettings.Type("call", "Intro call", 30, null)))), Locale.ENGLISH);
		LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3);

		Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
			.setHasTouch(true).setLocale("en-US").setTimezoneId("America/New_York")).newPage();
		page.navigate(url("/" + slug));
		page.getByText("Book a time").click();
		// the page switches itself to the visitor's zone
		page.waitForURL("**tz=America%2FNew_York**");
		assertThat(page.locator("#f-tz")).hasValue("America/New_York");
		page.locator("#f-date").fill(day.toString());
		page.locator("form[data-zone-form] button[type=submit]").click();
		var first = page.locator("input[name=start]").first();
		String start = first.getAttribute("value");
		// 09:00 in Berlin is 03:00 (or 04:00 around DST changes) in New York, with Berlin's time beside it
		assertThat(start).matches(day + "T0[234]:00-0[45]:00");
		assertThat(page.locator("label.check").first()).containsText("9:00");
		first.check();
		page.locator("#f-name").fill("Kim");
		page.locator("#f-email").fill("kim@example.com");
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the booking page").isEmpty();
		Browsers.screenshot(page, "booking-slots");
		page.locator("button.save").click();
		page.waitForURL("**/book/manage/**");
		assertThat(page.locator(".notice")).containsText("Booked");
		assertThat(page.locator("main")).containsText("America/New_York");
		Browsers.screenshot(page, "booking-done");
		page.locator("#f-reason").fill("Something came up");
		page.getByText("Cancel this booking").click();
		assertThat(page.locator(".notice")).containsText("cancelled");
		assertThat(page.locator("main")).containsText("cancelled");
	}
}
