package red.cardinal.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ConcurrentLruCache;

/** When visitors may book each card's owner: the cards' {@link BookingSettings}, in their own table. */
@Service
public class Availability {

	/** How long a node trusts a card's time zone it read: zones change rarely, and only count days. */
	private static final Duration ZONE_KEPT = Duration.ofMinutes(1);

	private record KeptZone(ZoneId zone, Instant until) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ConcurrentLruCache<Long, KeptZone[]> zones = new ConcurrentLruCache<>(10_000, id -> new KeptZone[1]);

	Availability(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A card's booking settings; {@link BookingSettings#OFF} when it has none (or is not stored yet). */
	@Transactional(readOnly = true)
	public BookingSettings of(Long cardId) {
		if (cardId == null) {
			return BookingSettings.OFF;
		}
		return jdbc.sql("select settings from booking_settings where card_id = ?")
			.param(cardId)
			.query(String.class)
			.optional()
			.map(BookingSettings::decode)
			.orElse(BookingSettings.OFF);
	}

	/**
	 * The time zone a card's owner counts days in: their booking zone, or UTC. Read at most once a
	 * minute per card on a node, since every counted visit asks for it.
	 */
	public ZoneId zone(long cardId) {
		KeptZone[] slot = zones.get(cardId);
		KeptZone kept = slot[0];
		Instant now = clock.instant();
		if (kept == null || now.isAfter(kept.until())) {
			String zone = of(cardId).timeZone();
			kept = new KeptZone(zone == null ? ZoneOffset.UTC : ZoneId.of(zone), now.plus(ZONE_KEPT));
			slot[0] = kept;
		}
		return kept.zone();
	}

	/** Stores checked settings, in the card's transaction. */
	void save(long cardId, BookingSettings settings) {
		String json = settings.encode();
		if (jdbc.sql("update booking_settings set settings = ? where card_id = ?").params(json, cardId).update() == 0) {
			jdbc.sql("insert into booking_settings (card_id, settings) values (?, ?)").params(cardId, json).update();
		}
		zones.remove(cardId);
	}
}
