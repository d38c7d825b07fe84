package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cardinal started on an upgraded database (its own Flyway finds nothing left to do and validates
 * what ran), used as the fixture's owners and visitors would: with the API token, the booking's
 * manage link and the calendar feed whose secrets the fixture's comments name.
 */
final class UpgradedInstance implements AutoCloseable {

	private static final String TOKEN = "upgrade-test-api-token-from-the-V10-fixture";

	private final ConfigurableApplicationContext node;

	private final HttpClient http = HttpClient.newHttpClient();

	private UpgradedInstance(ConfigurableApplicationContext node) {
		this.node = node;
	}

	static UpgradedInstance start(String databaseUrl) {
		return new UpgradedInstance(new SpringApplicationBuilder(CardinalApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--cardinal.demo.enabled=false", "--" + TestDatabases.SHARED_URL + "=" + databaseUrl));
	}

	/** What the fixtures hold (V10's and V17's alike), read back through the API and the public pages. */
	void checkTheCardsAndTheirSections(JdbcClient jdbc) throws Exception {
		long jimin = jdbc.sql("select id from cards where slug = 'jimin-kim'").query(Long.class).single();
		long layla = jdbc.sql("select id from cards where slug = 'layla'").query(Long.class).single();

		JsonNode card = json("/api/v1/cards/" + jimin);
		assertThat(card.at("/name/given").asString()).isEqualTo("지민");
		assertThat(card.at("/bio").asString()).isEqualTo("Cerámica hecha a mano en Seúl y Madrid. 손으로 만든 도자기 ✨");
		assertThat(card.at("/addresses/0/street").asString()).isEqualTo("세종대로 110");
		assertThat(card.at("/design/theme").asString()).isEqualTo("cover");
		// a design saved before a section existed shows the new section too (leads came after V10)
		assertThat(card.at("/design/sections").valueStream().map(s -> s.at("/name").asString() + (s.at("/visible").asBoolean() ? "" : " hidden")))
			.containsExactly("contact", "about", "booking", "products", "gallery", "links hidden", "services", "leads");
		assertThat(card.at("/store/enabled").asBoolean()).isTrue();
		assertThat(card.at("/store/currency").asString()).isEqualTo("EUR");
		assertThat(card.at("/booking/timeZone").asString()).isEqualTo("Asia/Seoul");
		assertThat(card.at("/booking/types/0/questions/1").asString()).isEqualTo("전화번호?");
		assertThat(card.at("/gallery/0/caption").asString()).isEqualTo("찻잔 세트 🍵");
		assertThat(card.at("/gallery/1/videoUrl").asString()).isEqualTo("https://www.youtube.com/watch?v=aqz-KE-bpKQ");

		assertThat(json("/api/v1/cards/" + jimin + "/sections/store").at("/orderPhone").asString()).isEqualTo("+34612345678");
		JsonNode products = json("/api/v1/cards/" + jimin + "/products");
		assertThat(products.at("/0/slug").asString()).isEqualTo("taza-azul");
		assertThat(products.at("/0/priceMinor").asLong()).isEqualTo(1250);
		assertThat(products.at("/0/options/0/values/1/priceDeltaMinor").asLong()).isEqualTo(300);

		JsonNode order = json("/api/v1/cards/" + jimin + "/orders").get(0);
		assertThat(order.at("/number").asString()).isEqualTo("A7K2-9QX4");
		assertThat(order.at("/totalMinor").asLong()).isEqualTo(8090);
		assertThat(order.at("/customerName").asString()).isEqualTo("민준 Kim");
		assertThat(order.at("/items/0/options").asString()).isEqualTo("Tamaño: Grande");
		assertThat(order.at("/items/1/productId").isNull()).isTrue();

		JsonNode bookings = json("/api/v1/cards/" + jimin + "/bookings");
		List<String> starts = bookings.valueStream().map(b -> b.at("/start").asString() + " " + b.at("/status").asString()).toList();
		assertThat(starts).containsExactlyInAnyOrder("2027-03-15T10:00+09:00 confirmed", "2026-10-05T11:00+09:00 cancelled");
		JsonNode booked = bookings.valueStream().filter(b -> b.at("/status").asString().equals("confirmed")).findFirst().orElseThrow();
		assertThat(booked.at("/visitorZone").asString()).isEqualTo("Europe/Madrid");
		assertThat(booked.at("/answers").asString()).contains("El jarrón 🏺");

		JsonNode stats = json("/api/v1/cards/" + jimin + "/stats?from=2026-11-30&to=2026-11-30");
		assertThat(stats.at("/totals/views").asLong()).isEqualTo(2);
		assertThat(stats.at("/topLinks/0/name").asString()).isEqualTo("Instagram");
		assertThat(json("/api/v1/designs").at("/0/name").asString()).isEqualTo("Marca 한글");

		// someone else's card stays theirs
		assertThat(get("/api/v1/cards/" + layla, true).statusCode()).isEqualTo(404);
		// the old slug still leads to the card, the page and the visitor's and owner's links still work
		var old = get("/jimin", false);
		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/jimin-kim");
		assertThat(page("/jimin-kim")).contains("지민").contains("Taza azul 찻잔");
		assertThat(page("/layla")).contains("ليلى");
		assertThat(page("/jimin-kim/book/manage/upgrade-test-booking-token")).contains("Llamada 📞 통화");
		assertThat(page("/feeds/bookings/upgrade-test-feed-token.ics")).contains("BEGIN:VCALENDAR").contains("민준 Kim");

		// and new rows get ids past the fixture's (the identity columns carried on)
		var created = http.send(request("/api/v1/cards", true).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"after-upgrade\",\"name\":{\"given\":\"Nuevo\"}}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(Long.parseLong(JsonMapper.shared().readTree(created.body()).at("/id").asString())).isGreaterThan(layla);
	}

	/** What the V17 fixture adds: leads and webhooks. */
	void checkTheLeadsAndWebhooks(JdbcClient jdbc) throws Exception {
		long jimin = jdbc.sql("select id from cards where slug = 'jimin-kim'").query(Long.class).single();
		JsonNode leads = json("/api/v1/cards/" + jimin + "/leads");
		assertThat(leads.valueStream().map(l -> l.at("/name").asString() + " " + l.at("/status").asString()))
			.containsExactlyInAnyOrder("서연 Park contacted", "يوسف new");
		assertThat(json("/api/v1/cards/" + jimin + "/sections/leads").at("/fields").valueStream().map(JsonNode::asString))
			.containsExactly("name", "email", "phone", "note");
		JsonNode webhooks = json("/api/v1/webhooks");
		assertThat(webhooks.at("/0/url").asString()).isEqualTo("https://hooks.example.com/cardinal");
		JsonNode delivery = json("/api/v1/webhooks/" + webhooks.at("/0/id").asString() + "/deliveries").get(0);
		assertThat(delivery.at("/webhookId").asString() + " " + delivery.at("/status").asString() + " " + delivery.at("/responseCode"))
			.isEqualTo("msg_2p5QW1d8KcX0vYbZ7rTnHs delivered 204");
	}

	private JsonNode json(String path) throws Exception {
		var response = get(path, true);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return JsonMapper.shared().readTree(response.body());
	}

	private String page(String path) throws Exception {
		var response = get(path, false);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> get(String path, boolean owner) throws Exception {
		return http.send(request(path, owner).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, boolean owner) {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path));
		return owner ? request.header("Authorization", "Bearer " + TOKEN) : request;
	}

	@Override
	public void close() {
		node.close();
	}
}
