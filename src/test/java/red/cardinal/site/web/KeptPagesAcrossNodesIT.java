package red.cardinal.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import red.cardinal.CardinalApplication;
import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.TestDatabases;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.web.PublicPages;

/**
 * Two nodes on one PostgreSQL, over real HTTP: a page the second node keeps (and answers without a
 * query) shows an edit made through the first within a second, also after the second node's
 * listening connection was cut.
 */
class KeptPagesAcrossNodesIT {

	final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void stop() {
		nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void showsAnEditOnEveryNodeWithinASecond() throws Exception {
		assumeTrue(TestDatabases.postgres(), "changes reach other nodes through PostgreSQL; H2 is one node");
		var first = start();
		var second = start("--" + TestDatabases.SHARED_URL + "=" + first.getEnvironment().getProperty("spring.datasource.url"));
		var owner = first.getBean(TestAccounts.class).create();
		CardManagement cards = first.getBean(CardManagement.class);
		Card card = cards.create(owner.id(), TestCards.person("nodes-" + owner.id(), "Ana").jobTitle("Photographer").build(),
				Map.of(), Locale.ENGLISH);
		String path = "/" + card.getSlug();
		PublicPages kept = second.getBean(PublicPages.class);
		// the second node keeps the page once it listens
		await().atMost(Duration.ofSeconds(10)).until(() -> body(second, path).contains("Photographer") && kept.keeps(card.getId()));

		cards.update(owner.id(), card.getId(), CardDetails.of(card).toBuilder().jobTitle("Designer").build(), Locale.ENGLISH);
		await().atMost(Duration.ofSeconds(1)).until(() -> body(second, path).contains("Designer"));

		// cut the second node's listening connection: nothing it kept may outlive a change it did not hear
		await().atMost(Duration.ofSeconds(10)).until(() -> body(second, path).contains("Designer") && kept.keeps(card.getId()));
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ? and datname = current_database()")
			.param("cardinal-page-changes").query(Integer.class).single()).isEqualTo(2);
		Card current = cards.get(owner.id(), card.getId());
		cards.update(owner.id(), card.getId(), CardDetails.of(current).toBuilder().jobTitle("Painter").build(), Locale.ENGLISH);
		await().atMost(Duration.ofSeconds(1)).until(() -> body(second, path).contains("Painter"));
		// and it listens, and keeps, again
		await().atMost(Duration.ofSeconds(10)).until(() -> body(second, path).contains("Painter") && kept.keeps(card.getId()));
	}

	String body(ConfigurableApplicationContext node, String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + path)).build();
		var response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	ConfigurableApplicationContext start(String... args) {
		var all = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1", "--cardinal.demo.enabled=false"));
		all.addAll(List.of(args));
		var node = new SpringApplicationBuilder(CardinalApplication.class).run(all.toArray(String[]::new));
		nodes.add(node);
		return node;
	}

	static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}
}
