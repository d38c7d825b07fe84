package red.cardinal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests an attacker sends, through real Tomcat (the parts MockMvc leaves out: its URL decoding,
 * chunked bodies, its error dispatch): each is refused fast with a clear status and at most one log line.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsIT {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder to(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
	}

	static String jsonOrder(int bytes) {
		return "{\"items\": [{\"product\": \"camiseta\", \"quantity\": 1}], \"note\": \"" + "x".repeat(bytes) + "\"}";
	}

	@Test
	void refusesAPublicJsonBodyDeclaredTooLargeWithoutReadingIt() throws Exception {
		var response = send(to("/demo/order").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(jsonOrder(100_000))));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(response.body()).contains("\"field\":\"body\"").contains("at most 32 KB");
	}

	@Test
	void stopsAChunkedPublicJsonBodyAtTheLimit() throws Exception {
		byte[] body = jsonOrder(100_000).getBytes(StandardCharsets.UTF_8);
		// a body of unknown length goes out chunked, with no Content-Length to refuse it by
		var response = send(to("/demo/book").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("at most 32 KB");
	}

	@Test
	void refusesALargeSignUpFormWithAPage() throws Exception {
		var response = send(to("/signup").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=a%40example.com&password=" + "x".repeat(100_000))));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("<html").contains("at most 32 KB");
	}

	@Test
	void requiresALengthForAPublicFormThatTomcatParsesItself() throws Exception {
		byte[] form = ("email=a%40example.com&password=" + "x".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
		var response = send(to("/signup").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))));
		assertThat(response.statusCode()).isEqualTo(411);
	}

	@Test
	void answersAChunkedFormThatAFilterReadsPastTheLimitWith413NotAServerError() throws Exception {
		byte[] form = ("name=" + "x".repeat(1_200_000)).getBytes(StandardCharsets.US_ASCII);
		var response = send(to("/dashboard/cards/1").header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))));
		assertThat(response.statusCode()).isEqualTo(413);
	}

	@Test
	void takesThePublicLimitForAPublicEndpointWhateverItsPathsEscapes() throws Exception {
		var response = send(to("/api/v1/%74okens").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"" + "a".repeat(40_000) + "@example.com\"}")));
		assertThat(response.statusCode()).isEqualTo(413);
	}

	@Test
	void takesAnOrdinarySmallOrderAsBefore() throws Exception {
		var response = send(to("/demo/order").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"items\": [{\"product\": \"nope\", \"quantity\": 1}]}")));
		assertThat(response.statusCode()).isIn(400, 404);
		assertThat(response.body()).doesNotContain("at most 32 KB");
	}

	@Test
	void refusesAFormRowPastTheBindersListLimitAsBadInput(CapturedOutput output) throws Exception {
		var response = send(to("/demo/order").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("items%5B100000%5D.product=camiseta")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("too many rows");
		// the capture holds every thread's output: look for this request's trace only
		assertThat(output.getAll()).doesNotContain("InvalidPropertyException");
	}

	@Test
	void answersABadPercentEscapeWithABadRequestAndOneLogLine(CapturedOutput output) throws Exception {
		int before = output.getAll().length();
		for (String path : new String[] { "/login?x=%ff", "/%ff", "/demo?src=%ff", "/demo/book/slots?type=x&from=%ff", "/demo//x" }) {
			var response = send(to(path).GET());
			assertThat(response.statusCode()).as(path).isEqualTo(400);
		}
		assertThat(send(to("/login?x=%ff").GET()).body()).contains("a bad % escape");
		String logged = output.getAll().substring(before);
		assertThat(logged).doesNotContain("InvalidParameterException");
		assertThat(logged.lines().filter(l -> l.contains("Malformed request"))).hasSizeLessThanOrEqualTo(4);
	}
}
