package red.cardinal.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns raw events into per-day and per-hour counts, so reports read a few rows whatever the
 * number of events. Each run recounts the (card, day) pairs that got new events, so a rollup
 * always equals a count of its raw events; one node at a time holds the run. Raw events older than
 * the retention, hourly counts older than 48 hours and old salts are deleted.
 */
@Service
public class Rollups {

	static final String DIMENSIONS = "insert into analytics_dimensions (card_id, local_day, dimension, dim_value, events) "
			+ "select card_id, local_day, ?, %s, count(*) from analytics_events where card_id = ? and local_day = ? and type = ? "
			+ "and %s is not null group by card_id, local_day, %s";

	private final JdbcClient jdbc;
	private final Duration retention;
	private final Clock clock;

	Rollups(JdbcClient jdbc, @Value("${cardinal.analytics.retention-days:90}") int retentionDays, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.retention = Duration.ofDays(retentionDays);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** One run; false when another node holds it. */
	@Scheduled(fixedDelayString = "${cardinal.analytics.rollup-every:PT1M}", initialDelayString = "PT20S")
	@Transactional
	public boolean roll() {
		Instant now = clock.instant();
		int won = jdbc.sql("update analytics_state set locked_until = ? where name = 'rollup' and locked_until < ?")
			.params(utc(now.plus(5, ChronoUnit.MINUTES)), utc(now))
			.update();
		if (won == 0) {
			return false;
		}
		long last = jdbc.sql("select last_event from analytics_state where name = 'rollup'").query(Long.class).single();
		long max = jdbc.sql("select coalesce(max(id), 0) from analytics_events").query(Long.class).single();
		if (max > last) {
			var touched = jdbc.sql("select distinct card_id, local_day from analytics_events where id > ? and id <= ?")
				.params(last, max)
				.query((rs, i) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
				.list();
			touched.forEach(pair -> recount(pair.getKey(), pair.getValue()));
			// hours before a card's earliest new event keep their counts: only the later ones are recounted
			jdbc.sql("select card_id, min(happened_at) from analytics_events where id > ? and id <= ? group by card_id")
				.params(last, max)
				.query((rs, i) -> Map.entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
				.list()
				.forEach(earliest -> hours(earliest.getKey(), earliest.getValue(), now));
		}
		jdbc.sql("delete from analytics_events where happened_at < ?").param(utc(now.minus(retention))).update();
		jdbc.sql("delete from analytics_hourly where utc_hour < ?").param(utc(now.minus(48, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS))).update();
		jdbc.sql("delete from analytics_salts where local_day < ?").param(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(2)).update();
		jdbc.sql("update analytics_state set last_event = ?, locked_until = ? where name = 'rollup'")
			.params(max, utc(Instant.EPOCH.plus(1, ChronoUnit.DAYS)))
			.update();
		return true;
	}

	/** Counts one card's day again from its raw events. */
	void recount(long card, LocalDate day) {
		jdbc.sql("delete from analytics_daily where card_id = ? and local_day = ?").params(card, day).update();
		jdbc.sql("insert into analytics_daily (card_id, local_day, type, events, uniques) select card_id, local_day, type, "
				+ "count(*), count(distinct visitor) from analytics_events where card_id = ? and local_day = ? "
				+ "group by card_id, local_day, type")
			.params(card, day)
			.update();
		jdbc.sql("delete from analytics_dimensions where card_id = ? and local_day = ?").params(card, day).update();
		jdbc.sql(DIMENSIONS.formatted("cast(link as varchar(100))", "link", "link")).params("link", card, day, "link").update();
		for (String dimension : List.of("referrer", "device", "os", "language")) {
			jdbc.sql(DIMENSIONS.formatted(dimension, dimension, dimension)).params(dimension, card, day, "view").update();
		}
	}

	/** Counts one card's hours again, by UTC hour, from the one {@code from} falls in (within the last 48). */
	private void hours(long card, Instant from, Instant now) {
		Instant oldest = now.minus(48, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
		Instant since = from.truncatedTo(ChronoUnit.HOURS).isBefore(oldest) ? oldest : from.truncatedTo(ChronoUnit.HOURS);
		Map<String, long[]> counts = new HashMap<>();
		Map<String, Set<String>> uniques = new HashMap<>();
		jdbc.sql("select happened_at, type, visitor from analytics_events where card_id = ? and happened_at >= ?")
			.params(card, utc(since))
			.query(rs -> {
				Instant hour = rs.getObject(1, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.HOURS);
				String key = hour + "|" + rs.getString(2);
				counts.computeIfAbsent(key, k -> new long[1])[0]++;
				if (rs.getString(3) != null) {
					uniques.computeIfAbsent(key, k -> new HashSet<>()).add(rs.getString(3));
				}
			});
		jdbc.sql("delete from analytics_hourly where card_id = ? and utc_hour >= ?").params(card, utc(since)).update();
		counts.forEach((key, count) -> {
			String[] parts = key.split("\\|");
			jdbc.sql("insert into analytics_hourly (card_id, utc_hour, type, events, uniques) values (?, ?, ?, ?, ?)")
				.params(card, utc(Instant.parse(parts[0])), parts[1], count[0], uniques.getOrDefault(key, Set.of()).size())
				.update();
		});
	}

	private static OffsetDateTime utc(Instant t) {
		return t.atOffset(ZoneOffset.UTC);
	}
}
