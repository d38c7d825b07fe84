package red.cardinal.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Deletes what analytics no longer needs: raw events after the retention (the daily counts stay),
 * hourly counts after 48 hours, and after two days the visitors seen and the day's salt, so that
 * day's hashes can never be made again. Each node may run it; the deletes do not mind.
 */
@Service
public class Retention {

	private final JdbcClient jdbc;
	private final Duration retention;
	private final Clock clock;

	Retention(JdbcClient jdbc, @Value("${cardinal.analytics.retention-days:90}") int retentionDays, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.retention = Duration.ofDays(retentionDays);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${cardinal.analytics.clean-up-every:PT10M}", initialDelayString = "PT1M")
	public void run() {
		Instant now = clock.instant();
		LocalDate twoDaysAgo = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(2);
		jdbc.sql("delete from analytics_events where happened_at < ?").param(now.minus(retention).atOffset(ZoneOffset.UTC)).update();
		jdbc.sql("delete from analytics_hourly where utc_hour < ?")
			.param(now.minus(48, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC))
			.update();
		// buckets are "d2026-11-29" (an owner's day) and "h2026-11-29T15:00:00Z" (a UTC hour)
		jdbc.sql("delete from analytics_seen where substring(bucket, 2, 10) < ?").param(twoDaysAgo.toString()).update();
		jdbc.sql("delete from analytics_salts where local_day < ?").param(twoDaysAgo).update();
	}
}
