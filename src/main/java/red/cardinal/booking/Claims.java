package red.cardinal.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import red.cardinal.shared.ConflictException;
import red.cardinal.shared.Violation;

/**
 * The five-minute steps a booking (with its buffers) or a time block holds, a row each in
 * {@code booking_claims}, whose primary key (card, step) lets each be held once: of two
 * overlapping claims only one can ever be written, on any node. A claim's rows go in one batch.
 */
@Component
class Claims {

	static final Duration GRID = Duration.ofMinutes(5);

	/** Rows per batch: a 31-day block is about 9 000 of them. */
	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	Claims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws ConflictException when another booking or a block holds some of that time */
	void holdForBooking(long cardId, long bookingId, Instant from, Instant to) {
		hold("insert into booking_claims (card_id, slot_at, booking_id) values (?, ?, ?)", cardId, bookingId, from, to,
				"booking.slot.taken");
	}

	/** @throws ConflictException when a booking or another block holds some of that time */
	void holdForBlock(long cardId, long blockId, Instant from, Instant to) {
		hold("insert into booking_claims (card_id, slot_at, block_id) values (?, ?, ?)", cardId, blockId, from, to,
				"booking.block.taken");
	}

	void release(long bookingId) {
		jdbc.update("delete from booking_claims where booking_id = ?", bookingId);
	}

	private void hold(String insert, long cardId, long holderId, Instant from, Instant to, String taken) {
		try {
			jdbc.batchUpdate(insert, steps(from, to), BATCH, (ps, step) -> {
				ps.setLong(1, cardId);
				ps.setObject(2, BookingRows.utc(step));
				ps.setLong(3, holderId);
			});
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException(Violation.of("start", taken));
		}
	}

	/** Every step from the one {@code from} falls in up to {@code to}. */
	static List<Instant> steps(Instant from, Instant to) {
		var steps = new ArrayList<Instant>();
		for (Instant t = floor(from); t.isBefore(to); t = t.plus(GRID)) {
			steps.add(t);
		}
		return steps;
	}

	private static Instant floor(Instant t) {
		long minutes = t.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
		return Instant.ofEpochSecond((minutes - Math.floorMod(minutes, GRID.toMinutes())) * 60);
	}
}
