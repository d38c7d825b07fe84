package red.cardinal.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestCards;
import red.cardinal.analytics.Analytics;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Phone;
import red.cardinal.store.Catalog;
import red.cardinal.store.ProductDetails;
import red.cardinal.store.StoreSettings;
import red.cardinal.web.PublicPages;

/**
 * The short path over real HTTP: an anonymous visitor's second view of a page is answered from what
 * the first one sent, byte for byte and header for header, counted, without taking a database
 * connection; a change of the card or its products shows at once; someone signed in goes the normal way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class KeptPagesIT {

	/** Counts the connections requests take (Tomcat's threads), not the background jobs' ones. */
	static final AtomicInteger requestConnections = new AtomicInteger();

	@TestConfiguration
	static class CountedConnections {

		@Bean
		static BeanPostProcessor countingConnections() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource)) {
						return bean;
					}
					var proxy = new ProxyFactory(bean);
					proxy.addAdvice((org.aopalliance.intercept.MethodInterceptor) call -> {
						if (call.getMethod().getName().equals("getConnection")
								&& Thread.currentThread().getName().startsWith("http-nio")) {
							requestConnections.incrementAndGet();
						}
						return call.proceed();
					});
					return proxy.getProxy();
				}
			};
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext server;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Catalog catalog;

	@Autowired
	PublicPages kept;

	@Autowired
	Analytics analytics;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	Owner owner;

	Card card;

	@BeforeEach
	void card() {
		owner = accounts.create();
		card = cards.create(owner.id(), TestCards.person("kept-" + owner.id(), "Ana").jobTitle("Photographer")
			.phones(List.of(new Phone("cell", "+34612345678", true))).build(),
				TestCards.sections("store", new StoreSettings(true, "+34612345678", "EUR", "es")), Locale.ENGLISH);
	}

	@Test
	void answersTheSecondViewAsTheFirstWasAnsweredAndCountsBoth() throws Exception {
		analytics.flush();
		var first = get("/" + card.getSlug(), Map.of());
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(kept.keeps(card.getId())).isTrue();
		var second = get("/" + card.getSlug() + "?src=qr", Map.of());
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(headers(second)).isEqualTo(headers(first));
		assertThat(headers(first)).containsKeys("content-security-policy", "x-content-type-options", "referrer-policy",
				"etag", "vary", "cache-control", "content-language", "content-type");
		var gzipped = get("/" + card.getSlug(), Map.of("Accept-Encoding", "gzip"));
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzipped.body())).isEqualTo(first.body());
		assertThat(sameButCoding(headers(gzipped))).as("the same headers, gzipped").isEqualTo(sameButCoding(headers(first)));
		analytics.flush();
		assertThat(count("view")).isEqualTo(3);
		assertThat(count("qr")).isEqualTo(1);
	}

	@Test
	void refusesAKeptPageAskedForWithABadEscapeAsTheNormalWayDoes() throws Exception {
		assertThat(get("/" + card.getSlug(), Map.of()).statusCode()).isEqualTo(200);
		assertThat(kept.keeps(card.getId())).isTrue();
		assertThat(get("/" + card.getSlug() + "?src=%ff", Map.of()).statusCode()).isEqualTo(400);
	}

	@Test
	void answersNotModifiedToTheKeptETag() throws Exception {
		var first = get("/" + card.getSlug(), Map.of());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		var again = get("/" + card.getSlug(), Map.of("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
	}

	@Test
	void takesNoDatabaseConnectionForAKeptView() throws Exception {
		String product = "/" + card.getSlug() + "/p/" + catalog.create(owner.id(), card.getId(), product("Print")).getSlug();
		List<String> paths = List.of("/" + card.getSlug(), "/" + card.getSlug() + ".vcf", "/" + card.getSlug() + "/qr.svg",
				product);
		var answered = new java.util.HashMap<String, Map<String, List<String>>>();
		for (String path : paths) {
			var first = get(path, Map.of());
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			answered.put(path, headers(first));
		}
		requestConnections.set(0);
		for (int i = 0; i < 5; i++) {
			for (String path : paths) {
				var again = get(path, Map.of());
				assertThat(again.statusCode()).as(path).isEqualTo(200);
				assertThat(headers(again)).as(path + ": the same headers").isEqualTo(answered.get(path));
				assertThat(sameButCoding(headers(get(path, Map.of("Accept-Encoding", "gzip"))))).as(path + " gzipped")
					.isEqualTo(sameButCoding(answered.get(path)));
			}
		}
		assertThat(requestConnections.get()).isZero();
	}

	@Test
	void showsAChangeOfTheCardOrItsProductsAtTheNextView() throws Exception {
		var product = catalog.create(owner.id(), card.getId(), product("Print"));
		String page = "/" + card.getSlug() + "/p/" + product.getSlug();
		assertThat(body("/" + card.getSlug())).contains("Photographer", "Print");
		assertThat(body(page)).contains("Print");
		cards.update(owner.id(), card.getId(), CardDetails.of(card).toBuilder().jobTitle("Designer").build(),
				Locale.ENGLISH);
		assertThat(body("/" + card.getSlug())).contains("Designer").doesNotContain("Photographer");
		catalog.update(owner.id(), card.getId(), product.getId(), product("Poster").withSlug(product.getSlug()));
		assertThat(body("/" + card.getSlug())).contains("Poster");
		assertThat(body(page)).contains("Poster").doesNotContain("Print");
		cards.delete(owner.id(), card.getId());
		assertThat(kept.keeps(card.getId())).isFalse();
		assertThat(get("/" + card.getSlug(), Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void answersKeptViewsInTomcatAheadOfItsFilterChain() {
		var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer) server.getWebServer()).getTomcat();
		var context = (org.apache.catalina.Context) tomcat.getHost().findChildren()[0];
		assertThat(context.getPipeline().getValves()).extracting(v -> v.getClass().getSimpleName())
			.contains("PublicPagesValve");
		assertThat(tomcat.getEngine().getPipeline().getValves()).filteredOn(org.apache.catalina.valves.RemoteIpValve.class::isInstance)
			.singleElement()
			.satisfies(v -> assertThat(((org.apache.catalina.valves.RemoteIpValve) v).getRequestAttributesEnabled()).isFalse());
	}

	@Test
	void keepsNothingForSomeoneWhoMayBeSignedIn() throws Exception {
		assertThat(get("/" + card.getSlug(), Map.of("Cookie", "SESSION=someone")).statusCode()).isEqualTo(200);
		assertThat(get("/" + card.getSlug(), Map.of("Authorization", "Bearer x")).statusCode()).isEqualTo(200);
		assertThat(kept.keeps(card.getId())).isFalse();
	}

	@Test
	void keepsNoDraftAndNoFormerSlug() throws Exception {
		var draft = cards.create(owner.id(), TestCards.person("draft-" + owner.id(), "Eva").published(false).build(),
				Map.of(), Locale.ENGLISH);
		assertThat(get("/" + draft.getSlug(), Map.of()).statusCode()).isEqualTo(404);
		assertThat(kept.keeps(draft.getId())).isFalse();
		String former = card.getSlug();
		cards.update(owner.id(), card.getId(), CardDetails.of(card).toBuilder().slug("moved-" + owner.id()).build(),
				Locale.ENGLISH);
		var moved = get("/" + former, Map.of());
		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(get("/" + former, Map.of()).headers().firstValue("Location")).hasValue("/moved-" + owner.id());
	}

	static ProductDetails product(String name) {
		return new ProductDetails(null, name, null, 1500, null, null, null, ProductDetails.IN_STOCK, List.of(), List.of());
	}

	long count(String type) {
		return jdbc.sql("select coalesce(sum(hits), 0) from analytics_events where card_id = ? and type = ?")
			.params(card.getId(), type).query(Long.class).single();
	}

	String body(String path) throws Exception {
		var response = get(path, Map.of());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
	}

	HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The headers as a visitor's browser takes them, without the date. */
	/** Headers but for their length and coding. */
	static Map<String, List<String>> sameButCoding(Map<String, List<String>> headers) {
		var same = new TreeMap<>(headers);
		same.remove("content-length");
		same.remove("content-encoding");
		return same;
	}

	static Map<String, List<String>> headers(HttpResponse<?> response) {
		var headers = new TreeMap<String, List<String>>();
		response.headers().map().forEach((name, values) -> {
			if (!name.equalsIgnoreCase("date")) {
				headers.put(name.toLowerCase(Locale.ROOT), values);
			}
		});
		return headers;
	}

	static byte[] gunzip(byte[] gzipped) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}
}
