package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port opens only when what the first requests need is there: on a first start of the
 * packaged app, the very first connection it accepts gets the demo card at {@code /demo} (the
 * migrations run and the card made), never a 404 while they are still being done.
 */
class ReadinessIT {

	private static final Path JAR = Path.of("target", "cardinal.jar");

	private static final Pattern MEDIA = Pattern.compile("src=\"(/media/[^\"]+)\"");

	@TempDir
	Path data;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void answersTheDemoCardToTheFirstConnectionThePortAccepts() throws Exception {
		assertThat(JAR).as("the packaged app (mvn package runs before the integration tests)").exists();
		int port = AppProcess.freePort();
		try (var app = AppProcess.launch(JAR, data, port, database())) {
			var first = new AtomicReference<HttpResponse<String>>();
			Awaitility.await()
				.atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(10))
				.until(() -> firstAnswer(app, first));
			assertThat(first.get().statusCode()).as("the first answer of /demo").isEqualTo(200);
			assertThat(first.get().body()).contains("Ana García Torres");
			Matcher picture = MEDIA.matcher(first.get().body());
			assertThat(picture.find()).as("the page shows a picture").isTrue();
			var media = http.send(HttpRequest.newBuilder(URI.create(app.url() + picture.group(1))).build(),
					BodyHandlers.discarding());
			assertThat(media.statusCode()).as("the demo card's picture " + picture.group(1)).isEqualTo(200);
		}
	}

	/** True once /demo has answered anything: the port is open. */
	private boolean firstAnswer(AppProcess app, AtomicReference<HttpResponse<String>> first) throws Exception {
		assertThat(app.isAlive()).as("the app is running (its output is in target/app-processes/)").isTrue();
		try {
			first.set(http.send(HttpRequest.newBuilder(URI.create(app.url() + "/demo")).build(), BodyHandlers.ofString()));
			return true;
		}
		catch (ConnectException e) {
			return false;
		}
	}

	private List<String> database() {
		if (!TestDatabases.postgres()) {
			return List.of();
		}
		return AppProcess.onPostgres(TestDatabases.postgresDatabase("ready" + UUID.randomUUID().toString().replace("-", "")));
	}
}
