package red.cardinal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import red.cardinal.CardinalApplication;
import red.cardinal.TestBrowser;
import red.cardinal.TestDatabases;
import red.cardinal.account.RateLimits.Limit;

/**
 * Whole application instances in this JVM, over real HTTP: two nodes on one PostgreSQL keep one
 * set of buckets, and a client address is what a trusted proxy says, never what anyone else says.
 */
class RateLimitsAcrossNodesIT {

	final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	@AfterEach
	void stop() {
		nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void keepsOneSignInLimitForTwoNodesOnOnePostgreSQL() throws Exception {
		assumeTrue(TestDatabases.postgres(), "buckets are shared through PostgreSQL; H2 is one node");
		var first = start();
		var second = start("--" + TestDatabases.SHARED_URL + "=" + first.getEnvironment().getProperty("spring.datasource.url"));
		String email = AccountApiIT.email();
		assertThat(signUp(port(first), email, null).statusCode()).isEqualTo(201);
		var browsers = List.of(new TestBrowser(port(first)), new TestBrowser(port(second)));
		long started = System.nanoTime();
		int notRefused = 0;
		for (int i = 0; i < 30; i++) {
			String location = browsers.get(i % 2).signIn(email, "wrong guess " + i);
			if (!location.endsWith("/login?tooMany")) {
				assertThat(location).endsWith("/login?error");
				notRefused++;
			}
		}
		int limit = Limit.SIGN_IN_FROM_ADDRESS.capacity();
		// the bucket refills evenly: one attempt more for each 30 seconds the run took
		long refilled = Duration.ofNanos(System.nanoTime() - started).toSeconds()
				/ Limit.SIGN_IN_FROM_ADDRESS.period().dividedBy(limit).toSeconds();
		assertThat(notRefused).isBetween(limit, limit + (int) refilled);
	}

	@Test
	void ignoresAForwardedForHeaderFromAPeerThatIsNotATrustedProxy() throws Exception {
		int port = port(start("--cardinal.trusted-proxies=10.0.0.0/8"));
		List<Integer> statuses = signUpsEachFromAForgedAddress(port);
		assertThat(statuses.subList(0, Limit.SIGN_UP.capacity())).containsOnly(201);
		assertThat(statuses.get(Limit.SIGN_UP.capacity())).as("all came from 127.0.0.1, whatever they said").isEqualTo(429);
	}

	@Test
	void believesTheForwardedForHeaderOfATrustedProxyOnThisMachineByDefault() throws Exception {
		int port = port(start());
		assertThat(signUpsEachFromAForgedAddress(port)).containsOnly(201);
	}

	List<Integer> signUpsEachFromAForgedAddress(int port) throws Exception {
		var statuses = new ArrayList<Integer>();
		for (int i = 0; i <= Limit.SIGN_UP.capacity(); i++) {
			statuses.add(signUp(port, AccountApiIT.email(), "198.51.100." + (i + 1)).statusCode());
		}
		return statuses;
	}

	ConfigurableApplicationContext start(String... args) {
		var all = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1"));
		all.addAll(List.of(args));
		var node = new SpringApplicationBuilder(CardinalApplication.class).run(all.toArray(String[]::new));
		nodes.add(node);
		return node;
	}

	static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	static HttpResponse<String> signUp(int port, String email, String forwardedFor) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/accounts"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, AccountApiIT.PASSWORD)));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
