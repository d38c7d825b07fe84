package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.booking.Availability;
import red.cardinal.booking.BookingSettings;
import red.cardinal.card.CardManagement;

/**
 * On a phone: an owner in Madrid sets their hours with time inputs (no text language), told next to
 * the field what is wrong; a visitor in New York books a call with an owner in Berlin from the month
 * view, makes a mistake that keeps what they typed, books, then cancels.
 */
class BookingBrowserIT extends BrowserTest {

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Availability availability;

	/** A phone (390 wide) or a laptop (1280×800) in a time zone. */
	static Page sized(int width, String zone) {
		boolean phone = width < 600;
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, phone ? 844 : 800)
			.setDeviceScaleFactor(phone ? 2 : 1).setIsMobile(phone).setHasTouch(phone).setLocale("en-US")
			.setTimezoneId(zone)).newPage();
	}

	static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 390, 1280 })
	void setsWeeklyHoursATypeAndItsQuestion(int width) {
		Page page = sized(width, "Europe/Madrid");
		String slug = "hours-" + UUID.randomUUID().toString().substring(0, 8);
		page.navigate(url("/signup"));
		page.locator("input[name=email]").fill(slug + "@example.com");
		page.locator("input[name=password]").fill("a long and unusual passphrase");
		page.locator("main form button[type=submit]").click();
		page.waitForURL("**/dashboard");
		page.getByLabel("First name").fill("Lucía");
		page.getByLabel("Card address").fill(slug);
		page.getByRole(AriaRole.BUTTON, named("Create card")).click();
		page.waitForURL("**/dashboard/cards/*?created");
		String screen = page.url().replaceAll("\\?.*", "") + "/booking";
		long cardId = Long.parseLong(screen.replaceAll(".*/cards/(\\d+)/booking", "$1"));
		page.navigate(screen);
		// no zone yet: the browser's is filled in
		assertThat(page.locator("#f-booking-timeZone")).hasValue("Europe/Madrid");
		page.locator("input[name='booking.enabled'][type=checkbox]").check();
		page.locator("#booking-day-SATURDAY button[value='add:weekly:SATURDAY']").click();
		assertThat(page.locator("#booking-day-SATURDAY input[type=time]").first()).hasValue("09:00");
		page.locator("#booking-day-SATURDAY input[type=time]").first().fill("17:00");
		page.locator("#booking-day-SATURDAY input[type=time]").last().fill("09:00");
		page.locator("#booking-day-FRIDAY button[value^='remove:weekly:']").click();
		assertThat(page.locator("#booking-day-FRIDAY")).containsText("Closed");
		page.getByRole(AriaRole.BUTTON, named("Add a question")).click();
		page.getByLabel("Question 1 for the visitor").fill("What is it about?");
		page.locator(".actions-bar button[value=save]").click();
		var error = page.locator("#booking-day-SATURDAY .field-error");
		assertThat(error).hasText("The end must come after the start.");
		// the rest is as it was typed
		assertThat(page.getByLabel("Question 1 for the visitor")).hasValue("What is it about?");
		assertThat(page.locator("#booking-day-FRIDAY")).containsText("Closed");
		Browsers.screenshot(page, "booking-hours-error-" + width);
		page.locator("#booking-day-SATURDAY input[type=time]").first().fill("10:00");
		page.locator("#booking-day-SATURDAY input[type=time]").last().fill("14:00");
		page.locator(".actions-bar button[value=save]").click();
		page.waitForURL("**/booking?saved");
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the appointment screen").isEmpty();
		Browsers.screenshot(page, "booking-hours-saved-" + width);
		var saved = availability.of(cardId);
		assertThat(saved.timeZone()).isEqualTo("Europe/Madrid");
		assertThat(saved.weekly()).extracting(BookingSettings.Weekly::day)
			.containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "SATURDAY");
		assertThat(saved.weekly().get(4)).isEqualTo(new BookingSettings.Weekly("SATURDAY", "10:00", "14:00"));
		assertThat(saved.types().get(0).questions()).containsExactly("What is it about?");
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 390, 1280 })
	void booksFromTheMonthInTheVisitorsOwnZoneKeepsTheInputOnAMistakeAndCancels(int width) {
		long owner = accounts.create().id();
		var weekly = new ArrayList<BookingSettings.Weekly>();
		for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			weekly.add(new BookingSettings.Weekly(d, "09:00", "12:00"));
		}
		String slug = "meet-" + owner;
		cards.create(owner, TestCards.person(slug, "Ana", "García").build(), TestCards.sections("booking", new BookingSettings(true, "Europe/Berlin", false, 0, 0, 0, 60, 0, weekly, List.of(), List.of(new BookingSettings.Type("call", "Intro call", 30, null)))), Locale.ENGLISH);

		Page page = sized(width, "America/New_York");
		page.navigate(url("/" + slug));
		page.getByText("Book a time").click();
		// the page switches itself to the visitor's zone
		page.waitForURL("**tz=America%2FNew_York**");
		assertThat(page.locator("#f-tz")).hasValue("America/New_York");
		var free = page.locator(".month a.free");
		assertThat(free.first()).isVisible();
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the month view").isEmpty();
		Browsers.screenshot(page, "booking-month-" + width);
		String day = free.nth(2).getAttribute("data-date");
		free.nth(2).click();
		assertThat(page.locator(".month a[aria-current=date]")).hasAttribute("data-date", day);
		var first = page.locator("input[name=start]").first();
		String start = first.getAttribute("value");
		// 09:00 in Berlin is 03:00 (or 04:00 around DST changes) in New York, with Berlin's time beside it
		assertThat(start).matches(day + "T0[234]:00-0[45]:00");
		assertThat(page.locator("label.check").first()).containsText("9:00");
		first.check();
		page.locator("#f-name").fill("Kim");
		page.locator("#f-email").fill("kim@");
		page.locator("#f-note").fill("Second floor");
		page.locator("button.save").click();
		assertThat(page.locator("#f-email-error")).containsText("Enter your email address");
		assertThat(page.locator("#f-name")).hasValue("Kim");
		assertThat(page.locator("#f-note")).hasValue("Second floor");
		assertThat(page.locator("input[name=start]").first()).isChecked();
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on the refused booking").isEmpty();
		Browsers.screenshot(page, "booking-mistake-" + width);
		page.locator("#f-email").fill("kim@example.com");
		page.locator("button.save").click();
		page.waitForURL("**/book/manage/**");
		assertThat(page.locator(".notice")).containsText("Booked");
		assertThat(page.locator("main")).containsText("America/New_York");
		Browsers.screenshot(page, "booking-done-" + width);
		page.locator("#f-reason").fill("Something came up");
		page.getByText("Cancel this booking").click();
		assertThat(page.locator(".notice")).containsText("cancelled");
		assertThat(page.locator("main")).containsText("cancelled");
	}
}
