package red.cardinal.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import red.cardinal.analytics.Analytics.Event;

/**
 * Adds a batch of events to the per-day, per-hour and per-dimension counts, in the transaction that
 * writes the events, so the counts always equal a count of the raw events and the work per batch
 * does not grow with a busy card's day. A visitor is unique once per card, bucket (owner's day or
 * UTC hour) and event type: when their hash first enters {@code analytics_seen} for it, whose
 * primary key decides between nodes. Rows are taken in one sorted order, so two nodes adding to
 * the same counts wait for each other instead of deadlocking.
 */
final class Tallies {

	/** Counts of one card, bucket and type: {events, unique visitors}. */
	private record Key<B extends Comparable<? super B>>(long card, B bucket, String type) {
	}

	/** A visitor in a bucket, and the counts that grow by one if they are new there. */
	private record Seen(long card, String bucket, String type, String visitor) {
	}

	private record Dimension(long card, LocalDate day, String dimension, String value) {
	}

	private static final Comparator<Key<LocalDate>> DAYS = Comparator.<Key<LocalDate>>comparingLong(Key::card)
		.thenComparing(Key::bucket)
		.thenComparing(Key::type);

	private static final Comparator<Key<Instant>> HOURS = Comparator.<Key<Instant>>comparingLong(Key::card)
		.thenComparing(Key::bucket)
		.thenComparing(Key::type);

	private static final Comparator<Seen> SEEN = Comparator.comparingLong(Seen::card)
		.thenComparing(Seen::bucket)
		.thenComparing(Seen::type)
		.thenComparing(Seen::visitor);

	private static final Comparator<Dimension> DIMENSIONS = Comparator.comparingLong(Dimension::card)
		.thenComparing(Dimension::day)
		.thenComparing(Dimension::dimension)
		.thenComparing(Dimension::value);

	private Tallies() {
	}

	/**
	 * Adds the events, each as many times as it happened, to the counts; hours more than 48 hours
	 * before {@code now} are not kept.
	 */
	static void add(JdbcTemplate jdbc, Map<Event, Long> events, Instant now) {
		Instant oldestHour = now.minus(48, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
		Map<Key<LocalDate>, long[]> days = new TreeMap<>(DAYS);
		Map<Key<Instant>, long[]> hours = new TreeMap<>(HOURS);
		Map<Seen, long[]> seen = new TreeMap<>(SEEN);
		Map<Dimension, long[]> dimensions = new TreeMap<>(DIMENSIONS);
		events.forEach((e, hits) -> {
			long[] day = days.computeIfAbsent(new Key<>(e.cardId(), e.day(), e.type()), k -> new long[2]);
			day[0] += hits;
			if (e.visitor() != null) {
				seen.putIfAbsent(new Seen(e.cardId(), "d" + e.day(), e.type(), e.visitor()), day);
			}
			Instant hour = e.at().truncatedTo(ChronoUnit.HOURS);
			if (!hour.isBefore(oldestHour)) {
				long[] inHour = hours.computeIfAbsent(new Key<>(e.cardId(), hour, e.type()), k -> new long[2]);
				inHour[0] += hits;
				if (e.visitor() != null) {
					seen.putIfAbsent(new Seen(e.cardId(), "h" + hour, e.type(), e.visitor()), inHour);
				}
			}
			if (EventType.LINK.id().equals(e.type()) && e.link() != null) {
				dimension(dimensions, e, hits, "link", Integer.toString(e.link()));
			}
			if (EventType.VIEW.id().equals(e.type())) {
				dimension(dimensions, e, hits, "referrer", e.referrer());
				dimension(dimensions, e, hits, "device", e.device());
				dimension(dimensions, e, hits, "os", e.os());
				dimension(dimensions, e, hits, "language", e.language());
			}
		});
		countNewVisitors(jdbc, seen);
		upsert(jdbc, "analytics_daily", "local_day", days);
		upsert(jdbc, "analytics_hourly", "utc_hour", hours);
		var keys = new ArrayList<Object[]>();
		var adds = new ArrayList<Object[]>();
		dimensions.forEach((d, n) -> {
			keys.add(new Object[] { d.card(), d.day(), d.dimension(), d.value() });
			adds.add(new Object[] { n[0], d.card(), d.day(), d.dimension(), d.value() });
		});
		jdbc.batchUpdate("insert into analytics_dimensions (card_id, local_day, dimension, dim_value, events) "
				+ "values (?, ?, ?, ?, 0) on conflict do nothing", keys);
		jdbc.batchUpdate("update analytics_dimensions set events = events + ? "
				+ "where card_id = ? and local_day = ? and dimension = ? and dim_value = ?", adds);
	}

	/** Writes each (bucket, visitor) to analytics_seen; each one new there is one more unique visitor. */
	private static void countNewVisitors(JdbcTemplate jdbc, Map<Seen, long[]> seen) {
		var entries = new ArrayList<>(seen.entrySet());
		int[] inserted = jdbc.batchUpdate("insert into analytics_seen (card_id, bucket, type, visitor) values (?, ?, ?, ?) "
				+ "on conflict do nothing", entries.stream()
					.map(s -> new Object[] { s.getKey().card(), s.getKey().bucket(), s.getKey().type(), s.getKey().visitor() })
					.toList());
		for (int i = 0; i < inserted.length; i++) {
			if (inserted[i] < 0) {
				throw new IllegalStateException("The database did not say which visitors were new");
			}
			entries.get(i).getValue()[1] += inserted[i];
		}
	}

	private static void dimension(Map<Dimension, long[]> dimensions, Event e, long hits, String dimension, String value) {
		if (value != null) {
			dimensions.computeIfAbsent(new Dimension(e.cardId(), e.day(), dimension, value), k -> new long[1])[0] += hits;
		}
	}

	/** Makes sure each row exists, then adds its {events, uniques} to it. */
	private static <B extends Comparable<? super B>> void upsert(JdbcTemplate jdbc, String table, String bucketColumn,
			Map<Key<B>, long[]> counts) {
		var keys = new ArrayList<Object[]>();
		var adds = new ArrayList<Object[]>();
		counts.forEach((k, n) -> {
			Object bucket = k.bucket() instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : k.bucket();
			keys.add(new Object[] { k.card(), bucket, k.type() });
			adds.add(new Object[] { n[0], n[1], k.card(), bucket, k.type() });
		});
		jdbc.batchUpdate("insert into " + table + " (card_id, " + bucketColumn + ", type, events, uniques) "
				+ "values (?, ?, ?, 0, 0) on conflict do nothing", keys);
		jdbc.batchUpdate("update " + table + " set events = events + ?, uniques = uniques + ? where card_id = ? and "
				+ bucketColumn + " = ? and type = ?", adds);
	}
}
