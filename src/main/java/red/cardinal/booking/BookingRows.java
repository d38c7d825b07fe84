package red.cardinal.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import red.cardinal.shared.NotFoundException;

/** The {@code bookings} table: rows in and out, instants as UTC. */
@Component
class BookingRows {

	static final String COLUMNS = "id, card_id, type_key, type_name, location, start_at, end_at, owner_zone, "
			+ "visitor_zone, name, email, phone, note, status, reason, created_at, answers";

	private final JdbcClient jdbc;
	private final Clock clock;

	BookingRows(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A new booking of a checked request; its answers too when the type asks any. */
	long insert(long cardId, BookingRequestValidation.Valid request, String ownerZone, String status, String tokenHash) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into bookings (card_id, type_key, type_name, location, start_at, end_at, owner_zone, visitor_zone, "
				+ "name, email, phone, note, status, token_hash, created_at, answers) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(cardId, request.type().key(), request.type().name(), request.type().location(), utc(request.start()),
					utc(request.end()), ownerZone, request.visitorZone(), request.name(), request.email(), request.phone(),
					request.note(), status, tokenHash, utc(clock.instant()), request.answers())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Booking get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Booking"));
	}

	Optional<Booking> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from bookings where id = ?").param(id).query(BookingRows::row).optional();
	}

	Optional<Booking> byTokenHash(String tokenHash) {
		return jdbc.sql("select " + COLUMNS + " from bookings where token_hash = ?").param(tokenHash)
			.query(BookingRows::row)
			.optional();
	}

	/** A card's bookings starting from one instant to another, the earliest first. */
	List<Booking> starting(long cardId, Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + " from bookings where card_id = ? and start_at >= ? and start_at < ? order by start_at")
			.params(cardId, utc(from), utc(to))
			.query(BookingRows::row)
			.list();
	}

	/** A card's first pending or confirmed booking that has not ended by an instant. */
	Optional<Booking> next(long cardId, Instant after) {
		return jdbc.sql("select " + COLUMNS + " from bookings where card_id = ? and status in ('pending', 'confirmed') "
				+ "and end_at > ? order by start_at limit 1")
			.params(cardId, utc(after))
			.query(BookingRows::row)
			.optional();
	}

	/** A card's pending and confirmed bookings that overlap an interval. */
	List<Booking> active(long cardId, Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + " from bookings where card_id = ? and status in ('pending', 'confirmed') "
				+ "and end_at > ? and start_at < ?")
			.params(cardId, utc(from), utc(to))
			.query(BookingRows::row)
			.list();
	}

	void status(long id, String status) {
		jdbc.sql("update bookings set status = ? where id = ?").params(status, id).update();
	}

	void end(long id, String status, String reason) {
		jdbc.sql("update bookings set status = ?, reason = ? where id = ?").params(status, reason, id).update();
	}

	/** Moves a booking; its reminder is due again at the new time. */
	void move(long id, Instant start, Instant end, String status) {
		jdbc.sql("update bookings set start_at = ?, end_at = ?, status = ?, reminded_at = null where id = ?")
			.params(utc(start), utc(end), status, id)
			.update();
	}

	static OffsetDateTime utc(Instant t) {
		return t.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static Booking row(ResultSet rs, int i) throws SQLException {
		return new Booking(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6),
				instant(rs, 7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
				rs.getString(13), rs.getString(14), rs.getString(15), instant(rs, 16), rs.getString(17));
	}
}
