package red.cardinal.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;

/**
 * /actuator/prometheus with metrics on and a token: refused without the token or with a wrong one,
 * and with it the JVM, the pool, HTTP per route and Cardinal's counters, never a slug in a tag.
 */
@SpringBootTest(properties = { "cardinal.metrics.enabled=true", "cardinal.metrics.token=" + MetricsIT.TOKEN })
@AutoConfigureMockMvc
class MetricsIT {

	static final String TOKEN = "scrape-4f0c1b9e2d7a4c55b1e8";

	static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Test
	void refusesAScrapeWithoutTheToken() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"metrics\""));
	}

	@Test
	void refusesAWrongOrPartialTokenOrAnotherScheme() throws Exception {
		for (String authorization : new String[] { "Bearer wrong-token-of-some-length", "Bearer " + TOKEN.substring(1),
				"Bearer " + TOKEN + "x", "Basic " + TOKEN, TOKEN, "Bearer " }) {
			mvc.perform(get("/actuator/prometheus").header("Authorization", authorization)).andExpect(status().isUnauthorized());
		}
	}

	@Test
	void servesTheJvmThePoolAndHttpPerRouteToTheToken() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		String scrape = scrape();
		assertThat(scrape).contains("jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests_seconds_count",
				"cardinal_analytics_queue", "cardinal_analytics_dropped_total", "cardinal_mails_total",
				"cardinal_orders_placed_total", "cardinal_bookings_total", "cardinal_rate_limit_refusals_total",
				"cardinal_leads_captured_total", "cardinal_webhooks_deliveries_total");
	}

	@Test
	void countsACardViewAndAQrScanWithoutTheSlugInAnyTag() throws Exception {
		var owner = accounts.create();
		Card card = cards.create(owner.id(), TestCards.person("metrics-probe-" + owner.id(), "Ana").build(), Locale.ENGLISH);
		double views = value(scrape(), "cardinal_card_events_total", "type=\"view\"");
		double scans = value(scrape(), "cardinal_card_events_total", "type=\"qr\"");
		mvc.perform(get("/" + card.getSlug()).header("User-Agent", PHONE)).andExpect(status().isOk());
		mvc.perform(get("/" + card.getSlug()).param("src", "qr").header("User-Agent", PHONE)).andExpect(status().isOk());
		mvc.perform(get("/" + card.getSlug() + ".vcf").header("User-Agent", PHONE)).andExpect(status().isOk());
		mvc.perform(get("/" + card.getSlug() + "/qr.svg").header("User-Agent", PHONE)).andExpect(status().isOk());
		mvc.perform(get("/" + card.getSlug() + "-gone").header("User-Agent", PHONE)).andExpect(status().isNotFound());

		String scrape = scrape();
		assertThat(value(scrape, "cardinal_card_events_total", "type=\"view\"")).isEqualTo(views + 2);
		assertThat(value(scrape, "cardinal_card_events_total", "type=\"qr\"")).isEqualTo(scans + 1);
		assertThat(value(scrape, "cardinal_card_events_total", "type=\"vcard\"")).isGreaterThanOrEqualTo(1);
		assertThat(scrape).contains("uri=\"/{slug:", "uri=\"/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/qr.svg\"");
		assertThat(scrape.lines().filter(line -> line.contains("metrics-probe"))).isEmpty();
	}

	private String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The value of the sample of {@code name} whose labels include {@code label}. */
	static double value(String scrape, String name, String label) {
		return scrape.lines()
			.filter(line -> line.startsWith(name + "{") && line.contains(label))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + "{" + label + "} is not in the scrape"));
	}
}
