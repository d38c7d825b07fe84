package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import ezvcard.Ezvcard;
import org.junit.jupiter.api.Test;

import red.cardinal.TestImages;

/** A visitor on a phone: saves the contact, shows the QR code, and is helped out of an in-app browser. */
class ContactBrowserIT extends BrowserTest {

	static final String INSTAGRAM = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Mobile/15E148 Instagram 339.0.3.12.91 (iPhone14,5; iOS 17_5; en_US; en; scale=3.00)";

	@Test
	void savesTheContactWithOneTap() throws Exception {
		Page page = Browsers.phone(browser);
		page.navigate(url("/demo"));
		Download download = page.waitForDownload(() -> page.getByText("Save contact").click());
		assertThat(download.suggestedFilename()).isEqualTo("Ana García Torres.vcf");
		var vcard = Ezvcard.parse(Files.readString(download.path())).first();
		assertThat(vcard.getFormattedName().getValue()).isEqualTo("Ana García Torres");
		assertThat(vcard.getPhotos()).hasSize(1);
	}

	@Test
	void showsAQrCodeThatAnotherPhoneCanScan() throws Exception {
		Page page = Browsers.phone(browser);
		page.navigate(url("/demo"));
		page.getByText("Show QR code").click();
		page.waitForURL("**/demo/qr");
		var qr = page.locator("img");
		assertThat(qr).isVisible();
		byte[] shot = qr.screenshot();
		assertThat(TestImages.decodeQr(ImageIO.read(new ByteArrayInputStream(shot)))).isEqualTo("http://localhost:8080/demo?src=qr");
		Browsers.screenshot(page, "qr-full-screen");
	}

	@Test
	void helpsVisitorsOutOfAnInAppBrowser() throws Exception {
		Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
			.setUserAgent(INSTAGRAM)).newPage();
		page.navigate(url("/demo"));
		assertThat(page.locator(".inapp")).containsText("Instagram");
		var qr = page.locator(".inapp img");
		assertThat(qr).isVisible();
		String contact = TestImages.decodeQr(ImageIO.read(new ByteArrayInputStream(qr.screenshot())));
		assertThat(Ezvcard.parse(contact).first().getFormattedName().getValue()).isEqualTo("Ana García Torres");
		assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
		Browsers.screenshot(page, "card-in-instagram");
	}

}
