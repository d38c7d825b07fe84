package red.cardinal.store.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestEvents;
import red.cardinal.TestImages;
import red.cardinal.account.RateLimits;
import red.cardinal.analytics.Analytics;

/** The WhatsApp store end to end: settings, catalog, the card page, orders, the owner's side. */
@SpringBootTest
@AutoConfigureMockMvc
class StoreIT {

	static final String CARD = """
			{"slug": "%s", "published": true, "name": {"given": "Lucía"},
			 "phones": [{"type": "cell", "number": "612 34 56 78", "whatsapp": true},
			            {"type": "work", "number": "912 34 56 78", "whatsapp": false}],
			 "store": {"enabled": true, "orderPhone": "%s", "currency": "%s", "locale": "es-ES"}}
			""";

	static final String SHIRT = """
			{"name": "Camiseta", "description": "Algodón orgánico.", "priceMinor": 2000, "compareAtMinor": 2500,
			 "category": "Ropa", "options": [{"name": "Talla", "values": [{"label": "M", "priceDeltaMinor": 0},
			 {"label": "L", "priceDeltaMinor": 200}]}]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	RateLimits limits;

	@Autowired
	Analytics analytics;

	@Autowired
	JdbcClient jdbc;

	Owner owner;

	String slug;

	String cardId;

	@BeforeEach
	void storeWithProducts() throws Exception {
		limits.reset();
		owner = accounts.create();
		slug = "tienda-" + owner.id();
		cardId = createCard(slug, "+34 612 34 56 78", "EUR");
		product(SHIRT);
		product("{\"name\": \"Taza\", \"priceMinor\": 1250, \"available\": \"sold_out\", \"category\": \"Casa\"}");
		product("{\"name\": \"Secreto\", \"priceMinor\": 100, \"available\": \"hidden\"}");
	}

	String createCard(String slug, String orderPhone, String currency) throws Exception {
		String json = mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer())
			.header("Accept-Language", "es-ES")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CARD.formatted(slug, orderPhone, currency)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.store.orderPhone").value("+34612345678"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.id");
	}

	String product(String json) throws Exception {
		String body = mvc.perform(post("/api/v1/cards/" + cardId + "/products").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	static String text(String location) {
		URI uri = URI.create(location);
		assertThat(uri.getScheme() + "://" + uri.getHost() + uri.getPath()).isEqualTo("https://wa.me/34612345678");
		return URLDecoder.decode(uri.getRawQuery().substring("text=".length()), StandardCharsets.UTF_8);
	}

	@Test
	void showsListedProductsOnTheCardAndEachOnItsOwnPage() throws Exception {
		mvc.perform(get("/" + slug).header("Accept-Language", "es-ES"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"h-products\""), containsString("Camiseta"),
					containsString("20,00\u00a0€"), containsString("Agotado"), not(containsString("Secreto")),
					containsString("/assets/cart.js"))));
		mvc.perform(get("/" + slug + "/p/camiseta"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<meta property=\"og:type\" content=\"product\">"),
					containsString("og:title\" content=\"Camiseta"), containsString("name=\"customerName\""))));
		mvc.perform(get("/" + slug + "/p/secreto")).andExpect(status().isNotFound());
	}

	@Test
	void showsEachCatalogChangeOnTheNextVisit() throws Exception {
		mvc.perform(get("/" + slug)).andExpect(content().string(containsString("Taza")));
		String mug = JsonPath.read(mvc.perform(get("/api/v1/cards/" + cardId + "/products")
			.header("Authorization", owner.bearer())).andReturn().getResponse().getContentAsString(), "$[1].id");
		mvc.perform(delete("/api/v1/cards/" + cardId + "/products/" + mug).header("Authorization", owner.bearer()))
			.andExpect(status().isNoContent());
		// the deleted product was not the latest change: the page must still notice it is gone
		mvc.perform(get("/" + slug)).andExpect(content().string(allOf(containsString("Camiseta"), not(containsString("Taza")))));
		product("{\"name\": \"Gorra\", \"priceMinor\": 900}");
		mvc.perform(get("/" + slug)).andExpect(content().string(containsString("Gorra")));
	}

	@Test
	void recordsAFormOrderAtTheStoresPricesAndSendsItToWhatsApp() throws Exception {
		mvc.perform(post("/" + slug + "/order").param("items[0].product", "camiseta").param("items[0].options[Talla]", "L")
			.param("customerName", "María\r\nX-Evil: 1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Use a single line")));
		String location = mvc.perform(post("/" + slug + "/order")
			.param("items[0].product", "camiseta").param("items[0].quantity", "2").param("items[0].options[Talla]", "L")
			.param("items[0].priceMinor", "1").param("items[0].unitMinor", "1").param("total", "1")
			.param("customerName", "María").param("note", "Sin prisa 🙂"))
			.andExpect(status().isSeeOther())
			.andReturn().getResponse().getHeader("Location");
		assertThat(location).startsWith("https://wa.me/34612345678?text=");
		String text = text(location);
		assertThat(text).startsWith("Pedido ").contains("2 × \u2068Camiseta\u2069 (\u2068Talla: L\u2069) — 44,00\u00a0€")
			.contains("Total: 44,00\u00a0€").contains("Nota: \u2068Sin prisa 🙂\u2069");
		mvc.perform(get("/api/v1/cards/" + cardId + "/orders").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].totalMinor").value(4400))
			.andExpect(jsonPath("$[0].items[0].unitMinor").value(2200))
			.andExpect(jsonPath("$[0].status").value("new"))
			.andExpect(jsonPath("$[0].number").value(text.substring("Pedido ".length(), "Pedido ".length() + 6)));
	}

	@Test
	void refusesSoldOutHiddenAndUnknownProductsAndBadQuantities() throws Exception {
		mvc.perform(post("/" + slug + "/order").param("items[0].product", "taza"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Taza is sold out")));
		mvc.perform(post("/" + slug + "/order").contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": [{\"product\": \"secreto\"}, {\"product\": \"camiseta\", \"quantity\": 0, \"options\": {\"Talla\": \"M\"}},"
					+ " {\"product\": \"camiseta\", \"options\": {\"Talla\": \"XXL\"}}, {\"product\": \"camiseta\", \"options\": {\"Talla\": \"M\", \"Color\": \"rojo\"}}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("items[0].product",
					"items[1].quantity", "items[2].options.Talla", "items[3].options.Color")));
		mvc.perform(get("/api/v1/cards/" + cardId + "/orders").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void refusesTheThirtyFirstOrderOfAnHourFromOneAddressWith429AndWhenToTryAgain() throws Exception {
		String order = "{\"items\": [{\"product\": \"camiseta\", \"quantity\": 1, \"options\": {\"Talla\": \"M\"}}]}";
		for (int i = 0; i < 30; i++) {
			mvc.perform(post("/" + slug + "/order").contentType(MediaType.APPLICATION_JSON).content(order))
				.andExpect(status().isSeeOther());
		}
		mvc.perform(post("/" + slug + "/order").contentType(MediaType.APPLICATION_JSON).content(order))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.errors[0].field").value("items"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Too many orders")));
		mvc.perform(post("/" + slug + "/order").param("items[0].product", "camiseta").param("items[0].options[Talla]", "M"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("Too many orders")));
		mvc.perform(get("/api/v1/cards/" + cardId + "/orders").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(30)));
	}

	@Test
	void takesJsonOrdersAndAnswersWithTheNumberAndTheLink() throws Exception {
		mvc.perform(post("/" + slug + "/order").contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": [{\"product\": \"camiseta\", \"quantity\": 1, \"options\": {\"Talla\": \"M\"}}],"
					+ " \"customerName\": \"Ana\", \"delivery\": \"delivery\", \"address\": \"Calle Mayor 1\"}"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", startsWith("https://wa.me/34612345678?text=")))
			.andExpect(jsonPath("$.number").isString())
			.andExpect(jsonPath("$.totalMinor").value(2000))
			.andExpect(jsonPath("$.currency").value("EUR"));
	}

	@Test
	void countsAFormOrderAndAJsonOrderOnceEach() throws Exception {
		String browser = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
				+ "Version/17.0 Mobile/15E148 Safari/604.1";
		mvc.perform(post("/" + slug + "/order").header("User-Agent", browser)
			.param("items[0].product", "camiseta").param("items[0].options[Talla]", "M"))
			.andExpect(status().isSeeOther());
		// counted by a listener once the order is committed: once it (and every other) has run
		TestEvents.awaitListeners(jdbc);
		analytics.flush();
		assertThat(ordersCounted()).isEqualTo(1);
		mvc.perform(post("/" + slug + "/order").header("User-Agent", browser).contentType(MediaType.APPLICATION_JSON)
			.content("{\"items\": [{\"product\": \"camiseta\", \"options\": {\"Talla\": \"M\"}}]}"))
			.andExpect(status().isSeeOther());
		TestEvents.awaitListeners(jdbc);
		analytics.flush();
		assertThat(ordersCounted()).isEqualTo(2);
	}

	int ordersCounted() {
		return jdbc.sql("select coalesce(sum(hits), 0) from analytics_events where card_id = ? and type = 'order'")
			.param(Long.parseLong(cardId)).query(Integer.class).single();
	}

	@Test
	void keepsTheStoreClosedWithoutAWhatsAppNumber() throws Exception {
		mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer()).header("Accept-Language", "es-ES")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CARD.formatted("closed-" + owner.id(), "+34 912 34 56 78", "EUR")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("store.orderPhone"));
		mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer()).header("Accept-Language", "es-ES")
			.contentType(MediaType.APPLICATION_JSON)
			.content(CARD.formatted("closed-" + owner.id(), "+34 612 34 56 78", "EURO")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("store.currency"));
		// taking WhatsApp off the order number later is refused too
		mvc.perform(put("/api/v1/cards/" + cardId).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\": \"" + slug + "\", \"published\": true, \"name\": {\"given\": \"Lucía\"},"
					+ " \"phones\": [{\"type\": \"cell\", \"number\": \"+34612345678\", \"whatsapp\": false}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("store.orderPhone"));
	}

	@Test
	void keepsTheCurrencyThePricesAreInWhileThereAreProducts() throws Exception {
		String card = "{\"slug\": \"" + slug + "\", \"published\": true, \"name\": {\"given\": \"Lucía\"},"
				+ " \"phones\": [{\"type\": \"cell\", \"number\": \"+34612345678\", \"whatsapp\": true}],"
				+ " \"store\": {\"enabled\": false, \"orderPhone\": \"+34612345678\", \"currency\": %s}}";
		for (String refused : List.of("null", "\"JPY\"")) {
			mvc.perform(put("/api/v1/cards/" + cardId).header("Authorization", owner.bearer())
				.contentType(MediaType.APPLICATION_JSON).content(card.formatted(refused)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("store.currency"))
				.andExpect(jsonPath("$.errors[0].message", containsString("EUR")));
		}
		assertThat(storeCurrency()).as("nothing written").isEqualTo("EUR");
		// the store's screen says so next to the field
		var principal = users.loadUserByUsername(owner.account().email());
		String screen = "/dashboard/cards/" + cardId + "/store";
		var version = java.util.regex.Pattern.compile("name=\"version\" value=\"([^\"]+)\"")
			.matcher(mvc.perform(get(screen).with(user(principal))).andReturn().getResponse().getContentAsString());
		assertThat(version.find()).isTrue();
		mvc.perform(post(screen).with(user(principal)).with(csrf()).param("version", version.group(1))
			.param("store.orderPhone", "+34612345678").param("store.currency", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-store-currency-error\""),
					containsString("Your products are priced in EUR"))));
		assertThat(storeCurrency()).isEqualTo("EUR");
		// as many decimals: the prices read the same
		mvc.perform(put("/api/v1/cards/" + cardId).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content(card.formatted("\"USD\"")))
			.andExpect(status().isOk());
		assertThat(storeCurrency()).isEqualTo("USD");
		// an empty catalog takes any currency, or none while the store is closed
		for (Object id : JsonPath.<List<Object>>read(mvc.perform(get("/api/v1/cards/" + cardId + "/products")
			.header("Authorization", owner.bearer())).andReturn().getResponse().getContentAsString(), "$[*].id")) {
			mvc.perform(delete("/api/v1/cards/" + cardId + "/products/" + id).header("Authorization", owner.bearer()))
				.andExpect(status().isNoContent());
		}
		mvc.perform(put("/api/v1/cards/" + cardId).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content(card.formatted("null")))
			.andExpect(status().isOk());
		assertThat(storeCurrency()).isNull();
	}

	@Test
	void editsAProductOfAStoreSavedWithoutACurrency() throws Exception {
		// what a store closed without a currency before the currency was kept looks like
		jdbc.sql("update store_settings set enabled = false, currency = null where card_id = ?")
			.param(Long.parseLong(cardId)).update();
		String productId = JsonPath.read(mvc.perform(get("/api/v1/cards/" + cardId + "/products")
			.header("Authorization", owner.bearer())).andReturn().getResponse().getContentAsString(), "$[0].id");
		var principal = users.loadUserByUsername(owner.account().email());
		mvc.perform(get("/dashboard/cards/" + cardId + "/products/" + productId).with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2000\"")));
	}

	String storeCurrency() {
		return jdbc.sql("select currency from store_settings where card_id = ?").param(Long.parseLong(cardId))
			.query((rs, n) -> rs.getString(1)).list().get(0);
	}

	@Test
	void writesYenWithoutDecimals() throws Exception {
		cardId = createCard("yen-" + owner.id(), "+34 612 34 56 78", "JPY");
		product("{\"name\": \"Matcha\", \"priceMinor\": 1500}");
		String location = mvc.perform(post("/yen-" + owner.id() + "/order").param("items[0].product", "matcha")
			.param("items[0].quantity", "3"))
			.andExpect(status().isSeeOther())
			.andReturn().getResponse().getHeader("Location");
		assertThat(text(location)).contains("3 × \u2068Matcha\u2069 — 4.500\u00a0JPY").doesNotContain("4.500,00");
	}

	@Test
	void movesOrdersThroughTheirStatusesOnly() throws Exception {
		mvc.perform(post("/" + slug + "/order").param("items[0].product", "camiseta").param("items[0].options[Talla]", "M"))
			.andExpect(status().isSeeOther());
		String orderId = JsonPath.read(mvc.perform(get("/api/v1/cards/" + cardId + "/orders").header("Authorization", owner.bearer()))
			.andReturn().getResponse().getContentAsString(), "$[0].id");
		String path = "/api/v1/cards/" + cardId + "/orders/" + orderId;
		mvc.perform(patch(path).header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"fulfilled\"}")).andExpect(status().isBadRequest());
		mvc.perform(patch(path).header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"confirmed\"}")).andExpect(jsonPath("$.status").value("confirmed"));
		Owner other = accounts.create();
		mvc.perform(patch(path).header("Authorization", other.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"cancelled\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cards/" + cardId + "/orders").header("Authorization", other.bearer()))
			.andExpect(status().isNotFound());
		var principal = users.loadUserByUsername(owner.account().email());
		mvc.perform(post("/dashboard/cards/" + cardId + "/orders/" + orderId + "/status").with(user(principal)).with(csrf())
			.param("status", "fulfilled")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/dashboard/cards/" + cardId + "/orders").with(user(principal)))
			.andExpect(content().string(allOf(containsString("fulfilled"), containsString("1 × Camiseta (Talla: M) — €20.00"),
					containsString("(UTC)"))));
		mvc.perform(get("/dashboard/cards/" + cardId + "/orders.csv").with(user(principal)))
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andExpect(content().string(containsString("\"fulfilled\"")));
	}

	@Test
	void exportsAndImportsTheCatalogAsCsvAllOrNothing() throws Exception {
		var principal = users.loadUserByUsername(owner.account().email());
		String csv = mvc.perform(get("/dashboard/cards/" + cardId + "/products.csv").with(user(principal)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"camiseta\",\"Camiseta\"", "\"20.00\"", "\"Talla: M, L (+2.00)\"");
		String changed = csv.replace("\"20.00\"", "\"21.50\"") + "\"gorra\",\"Gorra\",\"\",\"9.90\",\"\",\"Ropa\",\"in_stock\",\"\"\r\n";
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/products/import")
			.file(new MockMultipartFile("file", "p.csv", "text/csv", changed.getBytes(StandardCharsets.UTF_8)))
			.with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/cards/" + cardId + "/products").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[0].priceMinor").value(2150))
			.andExpect(jsonPath("$[0].options[0].values[1].priceDeltaMinor").value(200))
			.andExpect(jsonPath("$[3].slug").value("gorra"));
		String bad = csv + "\"mala\",\"Mala\",\"\",\"gratis\",\"\",\"\",\"in_stock\",\"\"\r\n\"=cmd\",\"\",\"\",\"1\",\"\",\"\",\"nope\",\"\"\r\n";
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/products/import")
			.file(new MockMultipartFile("file", "p.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.with(user(principal)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("lines[5].price")));
		mvc.perform(get("/api/v1/cards/" + cardId + "/products").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(4)));
		mvc.perform(multipart("/dashboard/cards/" + cardId + "/products/import")
			.file(new MockMultipartFile("file", "p.csv", "text/csv",
					(csv.lines().findFirst().orElseThrow() + "\r\n\"taza\",\"never closed\r\n").getBytes(StandardCharsets.UTF_8)))
			.with(user(principal)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("not CSV that can be read")));
		mvc.perform(get("/api/v1/cards/" + cardId + "/products").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(4)));
	}

	@Test
	void editsTheCatalogInTheDashboard() throws Exception {
		var principal = users.loadUserByUsername(owner.account().email());
		mvc.perform(post("/dashboard/cards/" + cardId + "/products").with(user(principal)).with(csrf())
			.param("name", "Bolso <script>alert(1)</script>").param("price", "diez").param("options", "Color rojo"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-price-error\""), containsString("id=\"f-options-error\""),
					not(containsString("<script>alert(1)")))));
		mvc.perform(post("/dashboard/cards/" + cardId + "/products").with(user(principal)).with(csrf())
			.param("name", "Bolso").param("price", "35,5").param("options", "Color: Rojo, Azul (+1,50)"))
			.andExpect(status().is3xxRedirection());
		String bolso = JsonPath.read(mvc.perform(get("/api/v1/cards/" + cardId + "/products").header("Authorization", owner.bearer()))
			.andReturn().getResponse().getContentAsString(), "$[3].id");
		mvc.perform(post("/dashboard/cards/" + cardId + "/products/" + bolso + "/duplicate").with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/dashboard/cards/" + cardId + "/products/" + bolso + "/up").with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/dashboard/cards/" + cardId + "/products/prices").with(user(principal)).with(csrf()).param("percent", "10"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/cards/" + cardId + "/products").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[2].name").value("Bolso"))
			.andExpect(jsonPath("$[2].priceMinor").value(3905))
			.andExpect(jsonPath("$[2].options[0].values[1].priceDeltaMinor").value(150))
			.andExpect(jsonPath("$[4].name").value("Bolso (copy)"));
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(get("/dashboard/cards/" + cardId + "/products").with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/dashboard/cards/" + cardId + "/products/" + bolso + "/delete").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void uploadsProductImagesAndMovesProductsFromTheCatalogPage() throws Exception {
		var principal = users.loadUserByUsername(owner.account().email());
		String taza = JsonPath.read(mvc.perform(get("/api/v1/cards/" + cardId + "/products").header("Authorization", owner.bearer()))
			.andReturn().getResponse().getContentAsString(), "$[1].id");
		String base = "/dashboard/cards/" + cardId + "/products/" + taza;
		mvc.perform(get(base).with(user(principal)))
			.andExpect(content().string(allOf(containsString("action=\"" + base + "/image\""), containsString("data-move-url"))));
		mvc.perform(multipart(base + "/image").file(new MockMultipartFile("file", "t.png", "image/png",
				TestImages.image("png", 800, 800))).with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(multipart(base + "/image").file(new MockMultipartFile("file", "t.jpg", "image/jpeg",
				"%PDF-1.4 not an image".getBytes(StandardCharsets.UTF_8))).with(user(principal)).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post(base + "/move").param("to", "0").with(user(principal)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/cards/" + cardId + "/products").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[0].name").value("Taza"))
			.andExpect(jsonPath("$[0].imageMediaIds", hasSize(1)))
			.andExpect(jsonPath("$[1].name").value("Camiseta"));
	}

	@Test
	void tellsWhereAProductImageIsUsedAndTakesOnlyTheOwnersUploads() throws Exception {
		var file = new MockMultipartFile("file", "p.png", "image/png", TestImages.image("png", 600, 600));
		String mine = JsonPath.read(mvc.perform(multipart("/api/v1/media").file(file).header("Authorization", owner.bearer()))
			.andReturn().getResponse().getContentAsString(), "$.id");
		Owner other = accounts.create();
		String theirs = JsonPath.read(mvc.perform(multipart("/api/v1/media").file(file).header("Authorization", other.bearer()))
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/cards/" + cardId + "/products").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Foto\", \"priceMinor\": 1, \"imageMediaIds\": [\"" + theirs + "\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("imageMediaIds[0]"));
		String id = product("{\"name\": \"Foto\", \"priceMinor\": 1, \"imageMediaIds\": [\"" + mine + "\"]}");
		mvc.perform(get("/api/v1/media").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$[0].usedBy[0]").value("the product Foto of /" + slug));
		mvc.perform(delete("/api/v1/media/" + mine + "?force=true").header("Authorization", owner.bearer()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/cards/" + cardId + "/products/" + id).header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.imageMediaIds", hasSize(0)));
	}
}
