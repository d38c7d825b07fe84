package red.cardinal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Metrics on without a token: served on the separate management port only; on the public port the
 * endpoint does not exist, whatever the request sends.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cardinal.metrics.enabled=true", "management.server.port=0" })
class MetricsPortsIT {

	@LocalServerPort
	int publicPort;

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void servesTheScrapeOnlyOnTheManagementPort() throws Exception {
		assertThat(managementPort).isNotEqualTo(publicPort);
		var management = get(managementPort, null);
		assertThat(management.statusCode()).isEqualTo(200);
		assertThat(management.body()).contains("jvm_memory_used_bytes", "cardinal_card_events_total");
		assertThat(get(publicPort, null).statusCode()).isEqualTo(404);
		assertThat(get(publicPort, "Bearer anything-at-all-here-1234").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(int port, String authorization) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
