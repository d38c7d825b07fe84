package red.cardinal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import red.cardinal.TestCards;
import red.cardinal.TestAccounts;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;
import red.cardinal.card.Phone;
import red.cardinal.store.StoreSettings;
import red.cardinal.store.Catalog;
import red.cardinal.store.ProductDetails;

/** A visitor on a phone puts two products with options in the cart and sends the order on WhatsApp. */
class StoreBrowserIT extends BrowserTest {

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Catalog catalog;

	@Test
	void ordersTwoProductsWithOptionsThroughWhatsApp() {
		long owner = accounts.create().id();
		String slug = "shop-" + owner;
		var card = cards.create(owner, TestCards.person(slug, "Lucía").organization("Taller Lucía").phones(List.of(new Phone("cell", "+34612345678", true))).build(), TestCards.sections("store", new StoreSettings(true, "+34612345678", "EUR", "es")), Locale.ENGLISH);
		catalog.create(owner, card.getId(), new ProductDetails(null, "Camiseta", "Algodón.", 2000, null, null, "Ropa", null,
				null, List.of(new ProductDetails.Option("Talla", List.of(new ProductDetails.Value("M", 0),
						new ProductDetails.Value("L", 200))))));
		catalog.create(owner, card.getId(), new ProductDetails(null, "Taza", null, 1250, null, null, "Casa", null, null,
				List.of(new ProductDetails.Option("Color", List.of(new ProductDetails.Value("Blanca", 0),
						new ProductDetails.Value("Negra", 100))))));

		Page page = Browsers.phone(browser);
		var whatsapp = new AtomicReference<String>();
		page.route("https://wa.me/**", (Route route) -> {
			whatsapp.set(route.request().url());
			route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html").setBody("<p>WhatsApp</p>"));
		});
		page.navigate(url("/" + slug));
		assertThat(page.locator("[data-filter]")).isVisible();
		page.locator("[data-filter] button[data-category=Casa]").click();
		assertThat(page.locator("li[data-category=Ropa]")).isHidden();
		page.locator("[data-filter] button[data-category='']").click();

		var shirt = page.locator("form[data-product=camiseta]");
		shirt.locator("select").selectOption("L");
		shirt.locator("input[type=number]").fill("2");
		shirt.locator("button[data-order]").click();
		assertThat(page.locator(".cart-status")).containsText("Camiseta");
		var mug = page.locator("form[data-product=taza]");
		mug.locator("select").selectOption("Negra");
		mug.locator("button[data-order]").click();
		var cart = page.locator("form[data-cart]");
		assertThat(cart).isVisible();
		assertThat(cart.locator("[data-lines] li")).hasCount(2);
		assertThat(cart.locator("[data-total]")).hasText(java.util.regex.Pattern.compile("57[.,]50"));
		cart.locator("input[name=customerName]").fill("María");
		assertThat(Browsers.seriousAccessibilityViolations(page)).as("axe on a card with a store and a cart").isEmpty();
		Browsers.screenshot(page, "store-cart");
		cart.locator("button[type=submit]").click();
		page.waitForURL("https://wa.me/**");

		URI uri = URI.create(whatsapp.get());
		assertThat(uri.getHost()).isEqualTo("wa.me");
		assertThat(uri.getPath()).isEqualTo("/34612345678");
		String text = URLDecoder.decode(uri.getRawQuery().substring("text=".length()), StandardCharsets.UTF_8);
		assertThat(text).startsWith("Pedido ")
			.contains("2 × \u2068Camiseta\u2069 (\u2068Talla: L\u2069) — 44,00\u00a0€")
			.contains("1 × \u2068Taza\u2069 (\u2068Color: Negra\u2069) — 13,50\u00a0€")
			.contains("Total: 57,50\u00a0€", "Nombre: \u2068María\u2069");

		// the cart is empty once the order has gone
		page.navigate(url("/" + slug));
		assertThat(page.locator("form[data-cart]")).isHidden();
	}
}
