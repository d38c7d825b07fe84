package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.TestImages;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;

/** The owner at a fair with no signal: the QR page, once opened, opens again offline, and keeps up with the card. */
class OfflineQrBrowserIT extends BrowserTest {

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Test
	void theQrPageOpensWithNoNetworkAndShowsTheCardAsLastSeenOnline() throws Exception {
		var owner = accounts.create();
		String slug = "offline-" + owner.id();
		Card card = cards.create(owner.id(), TestCards.person(slug, "Ana", "Offline").build(), Locale.ENGLISH);
		Page page = Browsers.phone(browser);
		page.navigate(url("/" + slug + "/qr"));
		Object scope = page.evaluate("async () => (await navigator.serviceWorker.ready).scope");
		assertThat(scope).isEqualTo(url("/" + slug + "/qr"));
		page.waitForFunction("() => navigator.serviceWorker.controller !== null");
		assertThat(page.evaluate("async () => (await caches.keys()).join()")).isEqualTo("cardinal-qr-" + slug);

		page.context().setOffline(true);
		var offline = page.reload();
		assertThat(offline.fromServiceWorker()).isTrue();
		assertThat(page.locator("h1")).hasText("Ana Offline");
		var qr = page.locator("main img");
		assertThat(qr).isVisible();
		page.waitForFunction("() => document.querySelector('main img').naturalWidth > 0");
		assertThat(TestImages.decodeQr(ImageIO.read(new ByteArrayInputStream(qr.screenshot()))))
			.isEqualTo("http://localhost:8080/" + slug + "?src=qr");
		Browsers.screenshot(page, "qr-offline");
		// nothing else of the site is kept: the card page itself needs the network
		assertThatThrownBy(() -> page.navigate(url("/" + slug))).isInstanceOf(PlaywrightException.class);

		page.context().setOffline(false);
		rename(owner.id(), card, "Renamed");
		page.navigate(url("/" + slug + "/qr"));
		assertThat(page.locator("h1")).hasText("Ana Renamed");
		waitUntil(page, "async () => { const r = await caches.match('/" + slug + "/qr');"
				+ " return r !== undefined && (await r.text()).includes('Ana Renamed'); }");

		page.context().setOffline(true);
		rename(owner.id(), card, "Later");
		page.reload();
		assertThat(page.locator("h1")).hasText("Ana Renamed");

		// unpublished, the card's offline copy goes at the next view online
		page.context().setOffline(false);
		var current = cards.get(owner.id(), card.getId());
		cards.update(owner.id(), card.getId(), CardDetails.of(current).toBuilder().published(false).build(), Locale.ENGLISH);
		assertThat(page.navigate(url("/" + slug + "/qr")).status()).isEqualTo(404);
		waitUntil(page, "async () => (await caches.keys()).length === 0");
	}

	/**
	 * Waits until an async check in the page is true. waitForFunction does not await a promise (a
	 * pending one is truthy), so each poll starts the check and reads the result of the one before.
	 */
	private static void waitUntil(Page page, String asyncCheck) {
		page.evaluate("() => { window.__checked = false; }");
		page.waitForFunction("() => { (" + asyncCheck + ")().then(v => { window.__checked = v === true; }, () => {});"
				+ " return window.__checked === true; }");
	}

	private void rename(long ownerId, Card card, String family) {
		var current = cards.get(ownerId, card.getId());
		cards.update(ownerId, card.getId(), CardDetails.of(current).toBuilder()
			.name(new PersonName(null, "Ana", null, family, null)).build(), Locale.ENGLISH);
	}
}
