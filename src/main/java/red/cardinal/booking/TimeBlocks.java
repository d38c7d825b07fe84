package red.cardinal.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/** Time the owner blocks (at most 31 days at once): no slot is offered in it, and it holds its claims like a booking. */
@Component
class TimeBlocks {

	private final JdbcClient jdbc;
	private final Claims claims;
	private final Clock clock;

	TimeBlocks(JdbcClient jdbc, Claims claims, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * @throws InvalidInputException for an empty or too long range, or a bad reason
	 * @throws red.cardinal.shared.ConflictException when a booking holds some of that time
	 */
	void block(long cardId, Instant start, Instant end, String reason) {
		if (!end.isAfter(start) || Duration.between(start, end).toDays() > 31) {
			throw new InvalidInputException(Violation.of("end", "booking.block.range"));
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into time_blocks (card_id, start_at, end_at, reason, created_at) values (?, ?, ?, ?, ?)")
			.params(cardId, BookingRows.utc(start), BookingRows.utc(end), BookingRequestValidation.reason(reason, 200),
					BookingRows.utc(clock.instant()))
			.update(keys, "id");
		claims.holdForBlock(cardId, keys.getKey().longValue(), start, end);
	}

	/** The blocks of a card that overlap an interval, as busy time. */
	List<SlotCalendar.Busy> overlapping(long cardId, Instant from, Instant to) {
		return jdbc.sql("select start_at, end_at from time_blocks where card_id = ? and end_at > ? and start_at < ?")
			.params(cardId, BookingRows.utc(from), BookingRows.utc(to))
			.query((rs, i) -> new SlotCalendar.Busy(BookingRows.instant(rs, 1), BookingRows.instant(rs, 2), false))
			.list();
	}
}
