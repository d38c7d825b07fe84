package red.cardinal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;

import red.cardinal.web.Visit;

/**
 * The day's salt behind each visitor hash: the same for a day whenever it is asked, another for
 * each day, and a new day's is remembered. It once pruned old days inside the map's own
 * {@code computeIfAbsent}: a new day whose bin held an old, pruned one was then not kept at all
 * (and two threads pruning each other's bins could deadlock).
 */
class DailySaltsTest {

	final DriverManagerDataSource db = new DriverManagerDataSource(
			"jdbc:h2:mem:salts-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");

	final MutableClock clock = new MutableClock();

	final Analytics analytics;

	DailySaltsTest() {
		JdbcClient.create(db).sql("create table analytics_salts (local_day date not null primary key, salt varchar(64) not null)")
			.update();
		// no zones provided: days are UTC days; no cards needed, nothing is flushed here
		analytics = new Analytics(new org.springframework.beans.factory.support.StaticListableBeanFactory()
			.getBeanProvider(red.cardinal.card.CardZones.class), null, JdbcClient.create(db), new JdbcTemplate(db),
				new TransactionTemplate(new DataSourceTransactionManager(db)), "https://cards.example", true, Optional.of(clock));
	}

	@Test
	void keepsOneSaltPerDayAcrossTheDaysItForgetsInMemory() {
		// the 1st to the 5th, then the 17th, whose bin in a small map is the 1st's, then the 1st again
		var days = IntStream.of(1, 2, 3, 4, 5, 17, 1, 18, 2).mapToObj(d -> LocalDate.of(2026, 3, d)).toList();
		Map<LocalDate, String> hashes = new HashMap<>();
		for (LocalDate day : days) {
			String hash = visitorOn(day);
			assertThat(hashes.putIfAbsent(day, hash)).as("the hash of %s, asked again", day).isIn(null, hash);
		}
		assertThat(hashes).hasSize(7);
		assertThat(hashes.values()).doesNotHaveDuplicates();
		assertThat(JdbcClient.create(db).sql("select count(*) from analytics_salts").query(Integer.class).single()).isEqualTo(7);
	}

	@Test
	void remembersANewDaysSaltWhileForgettingOldDays() {
		IntStream.rangeClosed(1, 5).forEach(d -> visitorOn(LocalDate.of(2026, 3, d)));
		// the 17th falls in the 1st's bin of a small map, and its lookup forgets the 1st
		LocalDate seventeenth = LocalDate.of(2026, 3, 17);
		String hash = visitorOn(seventeenth);
		// had it been forgotten, the next lookup would make it a new salt
		JdbcClient.create(db).sql("delete from analytics_salts").update();
		assertThat(visitorOn(seventeenth)).isEqualTo(hash);
	}

	String visitorOn(LocalDate day) {
		clock.now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
		var request = new MockHttpServletRequest();
		request.addHeader("User-Agent", VisitorsTest.IPHONE);
		request.setRemoteAddr("203.0.113.7");
		Visit visit = analytics.of(1, request).orElseThrow();
		assertThat(visit.day()).isEqualTo(day);
		return visit.visitor();
	}

	static class MutableClock extends Clock {

		Instant now = Instant.EPOCH;

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
