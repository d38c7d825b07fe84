package red.cardinal.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The analytics budget of issue 8: 10 million events across 10 000 cards, rolled up; then one
 * card's 90-day dashboard read (the two queries {@link Stats} runs: the daily counts and the
 * dimensions) timed 200 times. Run by {@code bench/analytics.sh h2|postgres}; not part of the build.
 */
public final class AnalyticsBenchmark {

	static final int CARDS = 10_000;
	static final int EVENTS = 10_000_000;
	static final LocalDate LAST = LocalDate.of(2026, 11, 29);

	static final String EVENT_INSERT = "insert into analytics_events (card_id, type, happened_at, local_day, visitor, link, "
			+ "referrer, device, os, language) select %d + mod(x, %d), "
			+ "case mod(x, 10) when 0 then 'vcard' when 1 then 'qr' when 2 then 'link' when 3 then 'whatsapp' else 'view' end, "
			+ "current_timestamp, %s, 'v' || mod(x, 3000000), case mod(x, 10) when 2 then mod(x, 4) else null end, "
			+ "case mod(x, 7) when 0 then 'l.instagram.com' when 1 then 'google.com' else null end, "
			+ "case mod(x, 3) when 0 then 'desktop' else 'mobile' end, case mod(x, 4) when 0 then 'iOS' when 1 then 'Android' "
			+ "when 2 then 'Windows' else 'macOS' end, case mod(x, 5) when 0 then 'en' when 1 then 'es' else 'de' end from ";

	public static void main(String[] args) throws Exception {
		boolean postgres = args.length > 0 && "postgres".equals(args[0]);
		EmbeddedPostgres pg = null;
		DataSource ds;
		if (postgres) {
			pg = EmbeddedPostgres.builder().start();
			ds = pg.getPostgresDatabase();
		}
		else {
			Path dir = Files.createTempDirectory("cardinal-bench");
			ds = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("bench")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
		}
		try {
			run(ds, postgres);
		}
		finally {
			if (pg != null) {
				pg.close();
			}
			if (!postgres) {
				// the 10 million rows take gigabytes: do not leave them behind
				try (var files = Files.walk(Path.of(((DriverManagerDataSource) ds).getUrl().replaceAll("^jdbc:h2:file:|/bench;.*$", "")))) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
				}
			}
		}
	}

	static void run(DataSource ds, boolean postgres) {
		Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
		JdbcClient jdbc = JdbcClient.create(ds);
		long t0 = System.nanoTime();
		jdbc.sql("insert into accounts (email, password_hash, created_at) values ('bench@example.com', 'x', current_timestamp)").update();
		long owner = jdbc.sql("select id from accounts where email = 'bench@example.com'").query(Long.class).single();
		String cards = postgres ? "generate_series(1, %d) as s(x)" : "system_range(1, %d) as s(x)";
		jdbc.sql("insert into cards (owner_id, slug, published, created_at, updated_at) select " + owner
				+ ", 'card-' || x, true, current_timestamp, current_timestamp from " + cards.formatted(CARDS)).update();
		long firstCard = jdbc.sql("select min(id) from cards").query(Long.class).single();
		// events spread over the cards and the last 90 days; about a fifth of visitors come back.
		// In chunks of 200 000, each its own transaction, as the app's batches are.
		String range = postgres ? "generate_series(%d, %d) as s(x)" : "system_range(%d, %d) as s(x)";
		for (long chunk = 0; chunk < EVENTS; chunk += 200_000) {
			jdbc.sql(EVENT_INSERT.formatted(firstCard, CARDS, dateMinus(postgres, "mod(x / " + CARDS + ", 90)"))
					+ range.formatted(chunk + 1, chunk + 200_000)).update();
		}
		long t1 = System.nanoTime();
		// the counts the app adds batch by batch (Tallies), built here from the raw events, 500 cards per statement
		for (long low = firstCard; low < firstCard + CARDS; low += 500) {
			String cardsIn = " card_id between " + low + " and " + (low + 499);
			jdbc.sql("insert into analytics_daily (card_id, local_day, type, events, uniques) select card_id, local_day, type, "
					+ "count(*), count(distinct visitor) from analytics_events where" + cardsIn
					+ " group by card_id, local_day, type").update();
			jdbc.sql("insert into analytics_dimensions (card_id, local_day, dimension, dim_value, events) select card_id, "
					+ "local_day, 'link', cast(link as varchar(100)), count(*) from analytics_events where type = 'link' "
					+ "and link is not null and" + cardsIn + " group by card_id, local_day, link").update();
			for (String d : new String[] { "referrer", "device", "os", "language" }) {
				jdbc.sql("insert into analytics_dimensions (card_id, local_day, dimension, dim_value, events) select card_id, "
						+ "local_day, '" + d + "', " + d + ", count(*) from analytics_events where type = 'view' and " + d
						+ " is not null and" + cardsIn + " group by card_id, local_day, " + d).update();
			}
		}
		if (postgres) {
			jdbc.sql("analyze").update();
		}
		long t2 = System.nanoTime();
		long events = jdbc.sql("select count(*) from analytics_events").query(Long.class).single();
		long daily = jdbc.sql("select count(*) from analytics_daily").query(Long.class).single();
		long dims = jdbc.sql("select count(*) from analytics_dimensions").query(Long.class).single();
		long card = firstCard + 4242;
		// one open connection, as the app's pool keeps them: the timing is the queries', not connecting
		jdbc = JdbcClient.create(new SingleConnectionDataSource(connection(ds), true));
		LocalDate from = LAST.minusDays(89);
		double[] ms = new double[200];
		long rows = 0;
		for (int i = -50; i < ms.length; i++) {
			long s = System.nanoTime();
			rows = jdbc.sql("select local_day, type, events, uniques from analytics_daily where card_id = ? and local_day between ? and ?")
				.params(card, from, LAST).query((rs, n) -> rs.getLong(3)).list().size();
			rows += jdbc.sql("select dimension, dim_value, sum(events) from analytics_dimensions where card_id = ? "
					+ "and local_day between ? and ? group by dimension, dim_value")
				.params(card, from, LAST).query((rs, n) -> rs.getLong(3)).list().size();
			if (i >= 0) {
				ms[i] = (System.nanoTime() - s) / 1e6;
			}
		}
		Arrays.sort(ms);
		System.out.printf("%s: %,d events, %,d daily rows, %,d dimension rows (load %.0f s, rollup %.0f s)%n",
				postgres ? "PostgreSQL" : "H2", events, daily, dims, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
		System.out.printf("one card's 90-day dashboard (%d rows): median %.2f ms, p95 %.2f ms, max %.2f ms (budget 50 ms)%n",
				rows, ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1]);
	}

	private static java.sql.Connection connection(DataSource ds) {
		try {
			return ds.getConnection();
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String dateMinus(boolean postgres, String days) {
		return postgres ? "date '" + LAST + "' - cast(" + days + " as integer)"
				: "dateadd(day, -(" + days + "), date '" + LAST + "')";
	}
}
