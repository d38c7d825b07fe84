package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service manager's stop (SIGTERM): what the app counted but had not yet written (analytics
 * waits up to a second in memory) is written before the process ends, on H2 as on PostgreSQL.
 */
class GracefulStopIT {

	private static final Path JAR = Path.of("target", "cardinal.jar");

	private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";

	private static final int VIEWS = 5;

	@TempDir
	Path data;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void writesTheViewsItCountedButHadNotYetWrittenWhenStopped() throws Exception {
		assertThat(JAR).as("the packaged app (mvn package runs before the integration tests)").exists();
		boolean postgres = TestDatabases.postgres();
		String database = postgres
				? TestDatabases.postgresDatabase("stop" + UUID.randomUUID().toString().replace("-", ""))
				: "jdbc:h2:file:" + data.toAbsolutePath() + "/cardinal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		var arguments = new ArrayList<>(List.of("--cardinal.analytics.flush-every=PT1H"));
		if (postgres) {
			arguments.addAll(AppProcess.onPostgres(database));
		}
		try (var app = AppProcess.launch(JAR, data, AppProcess.freePort(), arguments)) {
			Awaitility.await()
				.atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> view(app) == 200);
			for (int i = 1; i < VIEWS; i++) {
				assertThat(view(app)).isEqualTo(200);
			}
			app.stop();
		}
		try (var connection = DriverManager.getConnection(database, postgres ? "postgres" : "sa", "");
				var query = connection.prepareStatement(
						"select coalesce(sum(hits), 0) from analytics_events where type = 'view'");
				var rows = query.executeQuery()) {
			rows.next();
			assertThat(rows.getLong(1)).as("views of /demo written by the time the process ended").isEqualTo(VIEWS);
		}
	}

	/** The status of a phone's view of the demo card, or 0 while the port is not yet open. */
	private int view(AppProcess app) throws Exception {
		assertThat(app.isAlive()).as("the app is running (its output is in target/app-processes/)").isTrue();
		try {
			var request = HttpRequest.newBuilder(URI.create(app.url() + "/demo")).header("User-Agent", PHONE).build();
			return http.send(request, BodyHandlers.discarding()).statusCode();
		}
		catch (ConnectException e) {
			return 0;
		}
	}
}
