package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real fault: the packaged app runs as its own process, takes writes from several clients, is
 * killed with SIGKILL in the middle of them and started again on the same data. Every write it
 * answered must still be there: cards, media (the file whole, not only its row), orders.
 * On H2 the database is the app's own file; on PostgreSQL the server outlives the app.
 */
class DurabilityIT {

	private static final Path JAR = Path.of("target", "cardinal.jar");

	private static final int CARD_WRITERS = 4;

	private static final int CARDS_BEFORE_KILL = 120;

	@TempDir
	Path data;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final Queue<String[]> cards = new ConcurrentLinkedQueue<>();

	final Queue<String> media = new ConcurrentLinkedQueue<>();

	final Queue<String> orders = new ConcurrentLinkedQueue<>();

	@Test
	void keepsEveryAcknowledgedWriteWhenTheProcessIsKilled() throws Exception {
		assertThat(JAR).as("the packaged app (mvn package runs before the integration tests)").exists();
		List<String> database = database();
		String token;
		String storeCard;
		String storeSlug = "tienda-" + UUID.randomUUID().toString().substring(0, 8);
		try (var app = AppProcess.start(JAR, data, database)) {
			token = ownerToken(app.url());
			storeCard = store(app.url(), token, storeSlug);
			load(app, token, storeSlug);
			app.kill();
		}
		assertThat(cards).hasSizeGreaterThanOrEqualTo(CARDS_BEFORE_KILL);
		assertThat(media).as("uploads answered before the kill").isNotEmpty();
		assertThat(orders).as("orders answered before the kill").isNotEmpty();
		try (var app = AppProcess.start(JAR, data, database)) {
			List<String> lost = new ArrayList<>();
			for (String[] card : cards) {
				var response = send(app.url(), "GET", "/api/v1/cards/" + card[0], token, null);
				if (response.statusCode() != 200 || !card[1].equals(JsonPath.read(response.body(), "$.name.given"))) {
					lost.add(card[0]);
				}
			}
			assertThat(lost).as("acknowledged cards lost, of %d", cards.size()).isEmpty();
			String library = send(app.url(), "GET", "/api/v1/media", token, null).body();
			assertThat(JsonPath.<List<String>>read(library, "$[*].url")).as("acknowledged uploads").containsAll(media);
			for (String url : media) {
				var file = http.send(HttpRequest.newBuilder(URI.create(app.url() + url)).build(), BodyHandlers.ofByteArray());
				assertThat(file.statusCode()).isEqualTo(200);
				// a key is the SHA-256 of its bytes: a torn or missing file cannot pass
				assertThat(url).isEqualTo("/media/" + sha256(file.body()) + ".jpg");
			}
			String stored = send(app.url(), "GET", "/api/v1/cards/" + storeCard + "/orders", token, null).body();
			assertThat(JsonPath.<List<String>>read(stored, "$[*].number")).as("acknowledged orders").containsAll(orders);
			System.out.printf("after kill -9: all of %d cards, %d uploads and %d orders answered before it are there%n",
					cards.size(), media.size(), orders.size());
		}
	}

	/** Writers that run until the kill; each answered write is remembered as it is answered. */
	private void load(AppProcess app, String token, String storeSlug) throws Exception {
		var enough = new CountDownLatch(CARDS_BEFORE_KILL);
		var failures = new AtomicInteger();
		List<Thread> writers = new ArrayList<>();
		for (int i = 0; i < CARD_WRITERS; i++) {
			writers.add(started(() -> writeUntilKilled(() -> {
				String given = "Ana " + UUID.randomUUID();
				var response = send(app.url(), "POST", "/api/v1/cards", token,
						"{\"name\": {\"given\": \"" + given + "\"}, \"jobTitle\": \"Photographer\"}");
				if (response.statusCode() == 201) {
					cards.add(new String[] { JsonPath.read(response.body(), "$.id"), given });
					enough.countDown();
				}
				else {
					failures.incrementAndGet();
				}
				return true;
			})));
		}
		var uploadRefusals = new ConcurrentLinkedQueue<String>();
		writers.add(started(() -> writeUntilKilled(() -> {
			var response = upload(app.url(), token, TestImages.image("png", 64 + media.size(), 48));
			if (response.statusCode() == 201) {
				media.add(JsonPath.read(response.body(), "$.url"));
			}
			else if (uploadRefusals.size() < 5) {
				uploadRefusals.add(response.statusCode() + " " + response.body());
			}
			return true;
		})));
		writers.add(started(() -> writeUntilKilled(() -> {
			var response = send(app.url(), "POST", "/" + storeSlug + "/order", null,
					"{\"items\": [{\"product\": \"taza\", \"quantity\": 1}], \"customerName\": \"María\"}");
			if (response.statusCode() != 303) {
				return false; // the address's order limit: no point asking again
			}
			orders.add(JsonPath.read(response.body(), "$.number"));
			return true;
		})));
		assertThat(enough.await(120, TimeUnit.SECONDS)).as("%d cards acknowledged", CARDS_BEFORE_KILL).isTrue();
		// the kill comes once every kind of write has been answered at least once, however the machine's load
		// shares the time between the writers (an upload is slower than a card)
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(media).as("uploads answered; refused: %s", uploadRefusals).isNotEmpty());
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(orders).as("orders answered").isNotEmpty());
		app.kill();
		System.out.println("uploads refused before the kill (first five): " + uploadRefusals);
		for (Thread writer : writers) {
			writer.join();
		}
		assertThat(failures).as("card writes refused before the kill").hasValue(0);
	}

	private static Thread started(Runnable writer) {
		var thread = new Thread(writer);
		thread.start();
		return thread;
	}

	/** One write; false when there is no point in another. */
	interface Write {

		boolean run() throws Exception;
	}

	private static void writeUntilKilled(Write write) {
		try {
			while (write.run()) {
				// next
			}
		}
		catch (Exception connectionLost) {
			// the process was killed: this writer's last request got no answer, and counts as not written
		}
	}

	private String ownerToken(String base) throws Exception {
		String credentials = "{\"email\": \"owner@example.com\", \"password\": \"a long passphrase\", \"name\": \"test\"}";
		assertThat(send(base, "POST", "/api/v1/accounts", null, credentials).statusCode()).isEqualTo(201);
		var token = send(base, "POST", "/api/v1/tokens", null, credentials);
		assertThat(token.statusCode()).isEqualTo(201);
		return JsonPath.read(token.body(), "$.token");
	}

	private String store(String base, String token, String slug) throws Exception {
		var card = send(base, "POST", "/api/v1/cards", token, """
				{"slug": "%s", "published": true, "name": {"given": "Lucía"},
				 "phones": [{"type": "cell", "number": "+34 612 34 56 78", "whatsapp": true}],
				 "store": {"enabled": true, "orderPhone": "+34 612 34 56 78", "currency": "EUR"}}
				""".formatted(slug));
		assertThat(card.statusCode()).as(card.body()).isEqualTo(201);
		String id = JsonPath.read(card.body(), "$.id");
		var product = send(base, "POST", "/api/v1/cards/" + id + "/products", token,
				"{\"name\": \"Taza\", \"priceMinor\": 1250}");
		assertThat(product.statusCode()).as(product.body()).isEqualTo(201);
		return id;
	}

	private HttpResponse<String> send(String base, String method, String path, String token, String json)
			throws Exception {
		var request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> upload(String base, String token, byte[] png) throws Exception {
		String boundary = "b" + UUID.randomUUID();
		var body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(png);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/media"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), BodyHandlers.ofString());
	}

	private List<String> database() throws Exception {
		if (!TestDatabases.postgres()) {
			return List.of();
		}
		return AppProcess.onPostgres(TestDatabases.postgresDatabase("crash" + UUID.randomUUID().toString().replace("-", "")));
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
