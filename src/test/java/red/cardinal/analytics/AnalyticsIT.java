package red.cardinal.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import red.cardinal.TestCards;
import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.account.RateLimits;
import red.cardinal.account.RateLimits.Limit;
import red.cardinal.booking.BookingSettings;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Link;
import red.cardinal.card.PersonName;
import red.cardinal.card.Phone;

/** Counting without tracking, end to end: each event once, bots and DNT/GPC, /go/, rollups, retention. */
@SpringBootTest(properties = { "cardinal.analytics.flush-every=PT1H", "cardinal.analytics.clean-up-every=PT1H" })
@AutoConfigureMockMvc
class AnalyticsIT {

	static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";

	@Autowired
	org.springframework.beans.factory.ObjectProvider<red.cardinal.card.CardZones> zones;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Analytics analytics;

	@Autowired
	Retention retention;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	RateLimits limits;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	Owner owner;

	Card card;

	@BeforeEach
	void card() {
		limits.reset();
		owner = accounts.create();
		card = cards.create(owner.id(), TestCards.person("stats-" + owner.id(), "Ana").phones(List.of(new Phone("cell", "+34612345678", true))).links(List.of(new Link("https://www.linkedin.com/in/ana", null), new Link("https://shop.example/ana", "Shop"))).build(), Locale.ENGLISH);
	}

	MockHttpServletRequestBuilder visit(MockHttpServletRequestBuilder request, String ip) {
		return request.header("User-Agent", PHONE).header("Accept-Language", "es-ES,es;q=0.9")
			.header("Referer", "https://l.instagram.com/x").with(r -> {
				r.setRemoteAddr(ip);
				return r;
			});
	}

	long count(String type) {
		return jdbc.sql("select coalesce(sum(events), 0) from analytics_daily where card_id = ? and type = ?")
			.params(card.getId(), type).query(Long.class).single();
	}

	void settle() {
		analytics.flush();
	}

	@Test
	void countsEachKindOfEventOnce() throws Exception {
		String slug = "/" + card.getSlug();
		mvc.perform(visit(get(slug), "10.0.0.1")).andExpect(status().isOk());
		mvc.perform(visit(get(slug).param("src", "qr"), "10.0.0.2")).andExpect(status().isOk());
		mvc.perform(visit(get(slug).param("src", "nfc"), "10.0.0.3")).andExpect(status().isOk());
		mvc.perform(visit(get(slug + ".vcf"), "10.0.0.1")).andExpect(status().isOk());
		mvc.perform(visit(get(slug + "/go/1"), "10.0.0.1")).andExpect(status().isFound())
			.andExpect(header().string("Location", "https://shop.example/ana"));
		mvc.perform(visit(get(slug + "/go/whatsapp/0"), "10.0.0.1")).andExpect(status().isFound())
			.andExpect(header().string("Location", "https://wa.me/34612345678"));
		mvc.perform(visit(post(slug + "/share"), "10.0.0.1")).andExpect(status().isNoContent());
		settle();
		assertThat(count("view")).isEqualTo(3);
		assertThat(count("qr")).isEqualTo(1);
		assertThat(count("nfc")).isEqualTo(1);
		assertThat(count("vcard")).isEqualTo(1);
		assertThat(count("link")).isEqualTo(1);
		assertThat(count("whatsapp")).isEqualTo(1);
		assertThat(count("share")).isEqualTo(1);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/stats").header("Authorization", owner.bearer())
			.param("from", today.minusDays(1).toString()).param("to", today.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.views").value(3))
			.andExpect(jsonPath("$.totals.uniqueVisitors").value(3))
			.andExpect(jsonPath("$.totals.qrScans").value(1))
			.andExpect(jsonPath("$.totals.vcardDownloads").value(1))
			.andExpect(jsonPath("$.series.length()").value(2))
			.andExpect(jsonPath("$.topLinks[0].name").value("Shop"))
			.andExpect(jsonPath("$.referrers[0].name").value("l.instagram.com"))
			.andExpect(jsonPath("$.devices[0].name").value("mobile"))
			.andExpect(jsonPath("$.systems[0].name").value("iOS"))
			.andExpect(jsonPath("$.languages[0].name").value("es-es"));
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/stats").header("Authorization", accounts.create().bearer()))
			.andExpect(status().isNotFound());
	}

	@Test
	void drawsTheDashboardForOneCardAndAllCardsAndExportsIt() throws Exception {
		mvc.perform(visit(get("/" + card.getSlug()), "10.3.0.1")).andExpect(status().isOk());
		mvc.perform(visit(get("/" + card.getSlug() + ".vcf"), "10.3.0.1")).andExpect(status().isOk());
		settle();
		var principal = users.loadUserByUsername(owner.account().email());
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/stats").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<svg"), containsString("<polyline"),
					containsString("Contacts saved"), containsString("100.0 %"), containsString("l.instagram.com"))));
		mvc.perform(get("/dashboard/stats").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/dashboard/cards/" + card.getId() + "/stats")));
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/stats.csv").param("from", today).param("to", today).with(user(principal)))
			.andExpect(content().string(allOf(startsWith("day,views,uniqueVisitors,"), containsString(today + ",1,1,1"))));
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/stats").param("from", "2026-13-01").with(user(principal)))
			.andExpect(status().isBadRequest());
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/stats").with(user(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void countsAVisitorsSharesOfACardOnceADayAndRefusesAnAddressPastItsLimit() throws Exception {
		String share = "/" + card.getSlug() + "/share";
		for (int i = 0; i < Limit.SHARE.capacity(); i++) {
			mvc.perform(visit(post(share), "10.4.0.1")).andExpect(status().isNoContent());
		}
		mvc.perform(visit(post(share), "10.4.0.1")).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")));
		mvc.perform(visit(post(share).header("DNT", "1"), "10.4.0.2")).andExpect(status().isNoContent());
		mvc.perform(visit(post(share).header("DNT", "1"), "10.4.0.2")).andExpect(status().isNoContent());
		mvc.perform(visit(post(share), "10.4.0.3")).andExpect(status().isNoContent());
		settle();
		assertThat(count("share")).as("three visitors, each counted once").isEqualTo(3);
		assertThat(jdbc.sql("select coalesce(sum(hits), 0) from analytics_events where card_id = ? and type = 'share' and visitor is null")
			.param(card.getId()).query(Long.class).single()).as("the Do-Not-Track visitor's event keeps no hash").isEqualTo(1);
	}

	@Test
	void leavesBotsOutAndCountsDoNotTrackButNeverAsUnique() throws Exception {
		String slug = "/" + card.getSlug();
		mvc.perform(get(slug).header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1)")).andExpect(status().isOk());
		mvc.perform(get(slug).header("User-Agent", "WhatsApp/2.23.20.0 A")).andExpect(status().isOk());
		mvc.perform(get(slug)).andExpect(status().isOk());
		mvc.perform(visit(get(slug).header("DNT", "1"), "10.0.0.9")).andExpect(status().isOk());
		mvc.perform(visit(get(slug).header("Sec-GPC", "1"), "10.0.0.9")).andExpect(status().isOk());
		mvc.perform(visit(get(slug), "10.0.0.7")).andExpect(status().isOk());
		mvc.perform(visit(get(slug), "10.0.0.7")).andExpect(status().isOk());
		settle();
		assertThat(count("view")).isEqualTo(4);
		assertThat(jdbc.sql("select uniques from analytics_daily where card_id = ? and type = 'view'").param(card.getId())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select coalesce(sum(hits), 0) from analytics_events where card_id = ? and visitor is null").param(card.getId())
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void countsUniquesPerDayOfTheOwnersZone() {
		var d = CardDetails.of(card);
		card = cards.update(owner.id(), card.getId(), CardDetails.builder().slug(d.slug()).published(true).name(d.name()).phones(d.phones()).links(d.links()).build(), TestCards.sections("booking", new BookingSettings(false, "America/New_York", false, 0, 0, 0, 60, 0, null, null, null)), Locale.ENGLISH, null);
		ZoneId ny = ZoneId.of("America/New_York");
		Instant lateEvening = LocalDate.of(2026, 11, 20).atTime(23, 50).atZone(ny).toInstant();
		var evening = new Analytics(zones, cards, jdbc, template, transactions, "http://localhost:8080", true, Optional.of(Clock.fixed(lateEvening, ZoneOffset.UTC)));
		var afterMidnight = new Analytics(zones, cards, jdbc, template, transactions, "http://localhost:8080", true,
				Optional.of(Clock.fixed(lateEvening.plusSeconds(20 * 60), ZoneOffset.UTC)));
		var request = new MockHttpServletRequest();
		request.addHeader("User-Agent", PHONE);
		request.setRemoteAddr("10.1.1.1");
		evening.record(card, EventType.VIEW, request);
		evening.record(card, EventType.VIEW, request);
		afterMidnight.record(card, EventType.VIEW, request);
		evening.flush();
		afterMidnight.flush();
		// 04:50 and 05:10 UTC are both 20 November in UTC, but two days in New York: one unique on each
		var days = jdbc.sql("select local_day, events, uniques from analytics_daily where card_id = ? and type = 'view' order by local_day")
			.param(card.getId())
			.query((rs, i) -> rs.getObject(1, LocalDate.class) + " " + rs.getLong(2) + " " + rs.getLong(3))
			.list();
		assertThat(days).containsExactly("2026-11-20 2 1", "2026-11-21 1 1");
	}

	@Test
	void neverRedirectsAnywhereButTheCardsOwnLinks() throws Exception {
		String slug = "/" + card.getSlug();
		for (String path : List.of(slug + "/go/2", slug + "/go/99", slug + "/go/-1", slug + "/go/whatsapp/1",
				slug + "/go/%2F%2Fevil.example", slug + "/go//evil.example", slug + "/go/https:%2F%2Fevil.example",
				slug + "/go/1%2F..%2F..%2Fevil", slug + "/go/0?url=https://evil.example")) {
			var response = mvc.perform(visit(get(java.net.URI.create("http://localhost" + path)), "10.0.0.5")).andReturn().getResponse();
			String location = response.getHeader("Location");
			assertThat(location == null || location.equals("https://www.linkedin.com/in/ana")).as(path).isTrue();
		}
		Owner other = accounts.create();
		Card theirs = cards.create(other.id(), TestCards.person("other-" + other.id(), "Eve").links(List.of(new Link("https://evil.example", null), new Link("https://evil.example/2", null), new Link("https://evil.example/3", null))).build(), Locale.ENGLISH);
		// link 2 is theirs, not this card's
		assertThat(theirs.getLinks()).hasSize(3);
		mvc.perform(get(slug + "/go/2")).andExpect(status().isNotFound());
	}

	@Test
	void writesTheOtherEventsOfABatchWhoseCardWasDeleted() throws Exception {
		Card doomed = cards.create(owner.id(), TestCards.person("doomed-" + owner.id(), "Bo").build(), Locale.ENGLISH);
		mvc.perform(visit(get("/" + doomed.getSlug()), "10.4.0.1")).andExpect(status().isOk());
		mvc.perform(visit(get("/" + card.getSlug()), "10.4.0.1")).andExpect(status().isOk());
		cards.delete(owner.id(), doomed.getId());
		assertThat(analytics.flush()).isEqualTo(2);
		assertThat(count("view")).isEqualTo(1);
		assertThat(jdbc.sql("select coalesce(sum(hits), 0) from analytics_events where card_id = ?").param(doomed.getId())
			.query(Long.class).single()).isZero();
	}

	@Test
	void writesOneVisitorsSameEventInASecondOnceWithHowManyTimesItHappened() {
		var node = new Analytics(zones, cards, jdbc, template, transactions, "http://localhost:8080", true,
				Optional.of(Clock.fixed(Instant.now(), ZoneOffset.UTC)));
		for (int i = 0; i < 30; i++) {
			node.record(card, EventType.VIEW, phone("10.5.0.1"));
		}
		node.record(card, EventType.VIEW, phone("10.5.0.2"));
		node.record(card, EventType.VCARD, phone("10.5.0.1"));

		assertThat(node.flush()).isEqualTo(32);
		assertThat(jdbc.sql("select type, hits from analytics_events where card_id = ? order by hits desc, type")
			.param(card.getId()).query((rs, i) -> rs.getString(1) + " " + rs.getLong(2)).list())
			.containsExactly("view 30", "vcard 1", "view 1");
		assertThat(jdbc.sql("select type, events, uniques from analytics_daily where card_id = ? order by type")
			.param(card.getId()).query((rs, i) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3)).list())
			.containsExactly("vcard 1 1", "view 31 2");
		assertThat(jdbc.sql("select dim_value, events from analytics_dimensions where card_id = ? and dimension = 'device'")
			.param(card.getId()).query((rs, i) -> rs.getString(1) + " " + rs.getLong(2)).list()).containsExactly("mobile 31");
		assertThat(node.flush()).as("nothing is written twice").isZero();
	}

	@Test
	void dropsNewEventsOnceTenThousandDifferentOnesWaitButCountsTheirRepeats() {
		var node = new Analytics(zones, cards, jdbc, template, transactions, "http://localhost:8080", true,
				Optional.of(Clock.fixed(Instant.now(), ZoneOffset.UTC)));
		for (int i = 0; i < Analytics.CAPACITY; i++) {
			node.record(card.getId(), EventType.VIEW, phone("10.6." + i / 250 + "." + i % 250));
		}
		node.record(card.getId(), EventType.VIEW, phone("10.7.0.1"));
		node.record(card.getId(), EventType.VIEW, phone("10.6.0.0"));

		assertThat(node.flush()).isEqualTo(Analytics.CAPACITY + 1);
		assertThat(jdbc.sql("select count(*), sum(hits), count(distinct visitor) from analytics_events where card_id = ?")
			.param(card.getId()).query((rs, i) -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3)).single())
			.isEqualTo(Analytics.CAPACITY + " " + (Analytics.CAPACITY + 1) + " " + Analytics.CAPACITY);
		node.record(card.getId(), EventType.VIEW, phone("10.7.0.1"));
		assertThat(node.flush()).as("room again once written").isEqualTo(1);
	}

	private static MockHttpServletRequest phone(String ip) {
		var request = new MockHttpServletRequest();
		request.addHeader("User-Agent", PHONE);
		request.setRemoteAddr(ip);
		return request;
	}

	@Test
	void keepsCountsEqualToARecountAcrossBatchesAndNodesAndDeletesOldEvents() throws Exception {
		for (int i = 0; i < 25; i++) {
			mvc.perform(visit(get("/" + card.getSlug()), "10.2.0." + (i % 7))).andExpect(status().isOk());
			if (i % 4 == 0) {
				mvc.perform(visit(get("/" + card.getSlug() + ".vcf"), "10.2.0." + (i % 7))).andExpect(status().isOk());
			}
		}
		settle();
		// a second batch: the seven visitors again and three new ones
		for (int i = 0; i < 10; i++) {
			mvc.perform(visit(get("/" + card.getSlug()), "10.2.0." + i)).andExpect(status().isOk());
			mvc.perform(visit(get("/" + card.getSlug() + "/go/1"), "10.2.0." + i)).andExpect(status().is3xxRedirection());
		}
		settle();
		// two nodes writing the same new visitor at once: counted once
		var request = new MockHttpServletRequest();
		request.addHeader("User-Agent", PHONE);
		request.setRemoteAddr("10.3.0.1");
		var nodes = List.of(new Analytics(zones, cards, jdbc, template, transactions, "http://localhost:8080", true, Optional.empty()),
				new Analytics(zones, cards, jdbc, template, transactions, "http://localhost:8080", true, Optional.empty()));
		for (int i = 0; i < 50; i++) {
			nodes.forEach(node -> node.record(card, EventType.VIEW, request));
		}
		var start = new java.util.concurrent.CountDownLatch(1);
		var flushes = nodes.stream().map(node -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (InterruptedException e) {
				throw new IllegalStateException(e);
			}
			return node.flush();
		})).toList();
		start.countDown();
		assertThat(flushes.stream().mapToLong(java.util.concurrent.CompletableFuture::join).sum()).isEqualTo(100);

		var recount = jdbc.sql("select type, sum(hits), count(distinct visitor) from analytics_events where card_id = ? "
				+ "group by type order by type").param(card.getId())
			.query((rs, i) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3)).list();
		var counted = jdbc.sql("select type, sum(events), sum(uniques) from analytics_daily where card_id = ? "
				+ "group by type order by type").param(card.getId())
			.query((rs, i) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3)).list();
		assertThat(counted).isEqualTo(recount).contains("view 135 11", "vcard 7 7", "link 10 10");
		var hourlyRecount = new java.util.TreeMap<String, java.util.Set<String>>();
		var hourlyEvents = new java.util.TreeMap<String, Long>();
		jdbc.sql("select happened_at, type, visitor, hits from analytics_events where card_id = ?").param(card.getId()).query(rs -> {
			String key = rs.getObject(1, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.HOURS) + " " + rs.getString(2);
			hourlyEvents.merge(key, rs.getLong(4), Long::sum);
			hourlyRecount.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(rs.getString(3));
		});
		var hourly = jdbc.sql("select utc_hour, type, events, uniques from analytics_hourly where card_id = ? order by utc_hour, type")
			.param(card.getId())
			.query((rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant() + " " + rs.getString(2) + " " + rs.getLong(3)
					+ " " + rs.getLong(4))
			.list();
		assertThat(hourly).containsExactlyElementsOf(hourlyEvents.keySet().stream()
			.map(k -> k + " " + hourlyEvents.get(k) + " " + hourlyRecount.get(k).size()).toList());
		var devices = jdbc.sql("select dim_value, events from analytics_dimensions where card_id = ? and dimension = 'device' "
				+ "order by dim_value").param(card.getId()).query((rs, i) -> rs.getString(1) + " " + rs.getLong(2)).list();
		assertThat(devices).containsExactly("mobile 135");
		var links = jdbc.sql("select dim_value, events from analytics_dimensions where card_id = ? and dimension = 'link'")
			.param(card.getId()).query((rs, i) -> rs.getString(1) + " " + rs.getLong(2)).list();
		assertThat(links).containsExactly("1 10");

		jdbc.sql("insert into analytics_events (card_id, type, happened_at, local_day) values (?, 'view', ?, ?)")
			.params(card.getId(), OffsetDateTime.now(ZoneOffset.UTC).minusDays(120), LocalDate.now(ZoneOffset.UTC).minusDays(120))
			.update();
		retention.run();
		assertThat(jdbc.sql("select coalesce(sum(hits), 0) from analytics_events where card_id = ? and happened_at < ?")
			.params(card.getId(), OffsetDateTime.now(ZoneOffset.UTC).minusDays(100)).query(Long.class).single()).isZero();
	}
}
