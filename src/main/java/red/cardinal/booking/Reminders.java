package red.cardinal.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends each confirmed booking's reminder once, {@code cardinal.booking.reminder-hours} before it.
 * The state is in the database, so a restart loses nothing; each node claims a reminder with one
 * conditional update ({@code reminded_at is null}), so with several nodes only one sends it.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final JdbcClient jdbc;
	private final BookingMails mails;
	private final Duration ahead;
	private final Clock clock;

	Reminders(JdbcClient jdbc, BookingMails mails, @Value("${cardinal.booking.reminder-hours:24}") int hours,
			Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.mails = mails;
		this.ahead = Duration.ofHours(hours);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Every minute: the due reminders this node wins are sent. */
	@Scheduled(fixedDelayString = "${cardinal.booking.reminder-every:PT1M}", initialDelayString = "PT30S")
	int sendDue() {
		Instant now = clock.instant();
		List<Long> due = jdbc.sql("select id from bookings where status = 'confirmed' and reminded_at is null "
				+ "and start_at > ? and start_at <= ? order by start_at")
			.params(BookingRows.utc(now), BookingRows.utc(now.plus(ahead)))
			.query(Long.class)
			.list();
		int sent = 0;
		for (long id : due) {
			int won = jdbc.sql("update bookings set reminded_at = ? where id = ? and reminded_at is null")
				.params(BookingRows.utc(now), id)
				.update();
			if (won == 1) {
				try {
					mails.reminder(jdbc.sql("select " + BookingRows.COLUMNS + " from bookings where id = ?")
						.param(id).query(BookingRows::row).single());
					sent++;
				}
				catch (RuntimeException e) {
					log.warn("Reminder for booking {} not sent: {}", id, e.getMessage());
				}
			}
		}
		return sent;
	}
}
