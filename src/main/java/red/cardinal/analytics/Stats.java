package red.cardinal.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/** Reports from the rollups: totals, a series by day or hour, top links, referrers and the visitors' devices. */
@Service
public class Stats {

	private final JdbcClient jdbc;
	private final CardManagement cards;

	Stats(JdbcClient jdbc, CardManagement cards) {
		this.jdbc = jdbc;
		this.cards = cards;
	}

	/** One report; {@code counts} maps each {@link EventType#key()} and {@code uniqueVisitors} to a number. */
	public record Report(Map<String, Long> totals, List<Point> series, List<Ranked> topLinks, List<Ranked> referrers,
			List<Ranked> devices, List<Ranked> systems, List<Ranked> languages) {
	}

	/** A day (YYYY-MM-DD) or an hour (ISO instant) and its counts. */
	public record Point(String at, Map<String, Long> counts) {
	}

	public record Ranked(String name, long count) {
	}

	/**
	 * A card's report from one of its owner's days to another (both inclusive, at most 366), by day or
	 * by hour (the last 48 hours only).
	 */
	@Transactional(readOnly = true)
	public Report card(long ownerId, long cardId, LocalDate from, LocalDate to, String interval) {
		Card card = cards.get(ownerId, cardId);
		return report(List.of(card), from, to, interval);
	}

	/** The same across all of an owner's cards. */
	@Transactional(readOnly = true)
	public Report owner(long ownerId, LocalDate from, LocalDate to) {
		return report(cards.list(ownerId), from, to, "day");
	}

	private Report report(List<Card> of, LocalDate from, LocalDate to, String interval) {
		if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw new InvalidInputException(Violation.of("to", "stats.range"));
		}
		if (!"day".equals(interval) && !"hour".equals(interval)) {
			throw new InvalidInputException(Violation.of("interval", "stats.interval"));
		}
		var totals = empty();
		var series = new TreeMap<String, Map<String, Long>>();
		if ("day".equals(interval)) {
			for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
				series.put(d.toString(), empty());
			}
		}
		var links = new LinkedHashMap<String, Long>();
		var referrers = new LinkedHashMap<String, Long>();
		var devices = new LinkedHashMap<String, Long>();
		var systems = new LinkedHashMap<String, Long>();
		var languages = new LinkedHashMap<String, Long>();
		for (Card card : of) {
			jdbc.sql("select local_day, type, events, uniques from analytics_daily where card_id = ? and local_day between ? and ?")
				.params(card.getId(), from, to)
				.query(rs -> {
					EventType.of(rs.getString(2)).ifPresent(type -> {
						try {
							add(totals, type, rs.getLong(3), rs.getLong(4));
							if ("day".equals(interval)) {
								add(series.get(rs.getObject(1, LocalDate.class).toString()), type, rs.getLong(3), rs.getLong(4));
							}
						}
						catch (java.sql.SQLException e) {
							throw new IllegalStateException(e);
						}
					});
				});
			if ("hour".equals(interval)) {
				Instant since = Instant.now().minus(48, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
				jdbc.sql("select utc_hour, type, events, uniques from analytics_hourly where card_id = ? and utc_hour >= ?")
					.params(card.getId(), since.atOffset(ZoneOffset.UTC))
					.query(rs -> {
						String hour = rs.getObject(1, OffsetDateTime.class).toInstant().toString();
						var point = series.computeIfAbsent(hour, h -> empty());
						EventType.of(rs.getString(2)).ifPresent(type -> {
							try {
								add(point, type, rs.getLong(3), rs.getLong(4));
							}
							catch (java.sql.SQLException e) {
								throw new IllegalStateException(e);
							}
						});
					});
			}
			var labels = new ArrayList<String>();
			card.getLinks().forEach(l -> labels.add(l.label() != null ? l.label() : l.network().displayName()));
			jdbc.sql("select dimension, dim_value, sum(events) from analytics_dimensions where card_id = ? "
					+ "and local_day between ? and ? group by dimension, dim_value")
				.params(card.getId(), from, to)
				.query(rs -> {
					String value = rs.getString(2);
					long count = rs.getLong(3);
					switch (rs.getString(1)) {
						case "link" -> {
							int i = Integer.parseInt(value);
							links.merge(i < labels.size() ? labels.get(i) : "#" + (i + 1), count, Long::sum);
						}
						case "referrer" -> referrers.merge(value, count, Long::sum);
						case "device" -> devices.merge(value, count, Long::sum);
						case "os" -> systems.merge(value, count, Long::sum);
						default -> languages.merge(value, count, Long::sum);
					}
				});
		}
		return new Report(totals, series.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList(),
				top(links), top(referrers), top(devices), top(systems), top(languages));
	}

	private static Map<String, Long> empty() {
		var counts = new LinkedHashMap<String, Long>();
		counts.put("views", 0L);
		counts.put("uniqueVisitors", 0L);
		for (EventType t : EventType.values()) {
			counts.putIfAbsent(t.key(), 0L);
		}
		return counts;
	}

	private static void add(Map<String, Long> counts, EventType type, long events, long uniques) {
		counts.merge(type.key(), events, Long::sum);
		if (type == EventType.VIEW) {
			counts.merge("uniqueVisitors", uniques, Long::sum);
		}
	}

	private static List<Ranked> top(Map<String, Long> counts) {
		return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
			.map(e -> new Ranked(e.getKey(), e.getValue())).toList();
	}
}
