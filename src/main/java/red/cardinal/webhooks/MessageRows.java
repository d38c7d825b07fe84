package red.cardinal.webhooks;

import static red.cardinal.webhooks.WebhookRows.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox ({@code webhook_messages}) and its attempts: a message is {@code pending} until it is
 * {@code delivered} or has {@code failed} every attempt; a node claims one with a conditional
 * update before it tries it.
 */
@Component
class MessageRows {

	/** A message due to be tried. */
	record Due(long id, long webhookId, String messageId, String type, String body, int attempts) {
	}

	private final JdbcClient jdbc;

	MessageRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a message for an endpoint unless it has one for this event already (the event's listener
	 * may run twice: at least once is what the registry promises).
	 */
	void enqueue(long webhookId, String eventKey, String type, String body, Instant at) {
		jdbc.sql("insert into webhook_messages (webhook_id, message_id, event_key, type, body, state, attempts, "
				+ "next_attempt_at, created_at) select ?, ?, ?, ?, ?, 'pending', 0, ?, ? where not exists "
				+ "(select 1 from webhook_messages where webhook_id = ? and event_key = ?)")
			.params(webhookId, WebhookSignatures.newMessageId(), eventKey, type, body, utc(at), utc(at), webhookId, eventKey)
			.update();
	}

	/** Pending messages of enabled endpoints that are due and not claimed by a node now, oldest first. */
	List<Due> due(Instant now, int limit) {
		return jdbc.sql("select m.id, m.webhook_id, m.message_id, m.type, m.body, m.attempts from webhook_messages m "
				+ "join webhooks w on w.id = m.webhook_id where w.enabled and m.state = 'pending' and m.next_attempt_at <= ? "
				+ "and (m.claimed_until is null or m.claimed_until < ?) order by m.next_attempt_at, m.id fetch first ? rows only")
			.params(utc(now), utc(now), limit)
			.query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getInt(6)))
			.list();
	}

	/** Claims a due message for {@code until}; false when another node has it or it is no longer due. */
	boolean claim(long id, Instant now, Instant until) {
		return jdbc.sql("update webhook_messages set claimed_until = ? where id = ? and state = 'pending' "
				+ "and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)")
			.params(utc(until), id, utc(now), utc(now))
			.update() == 1;
	}

	void attempted(long id, int attempt, Instant at, boolean succeeded, Integer code, String error) {
		jdbc.sql("insert into webhook_attempts (message_id, attempt, attempted_at, succeeded, response_code, error) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(id, attempt, utc(at), succeeded, code, error == null ? null : error.substring(0, Math.min(200, error.length())))
			.update();
	}

	/** The message's state after an attempt: delivered, failed, or pending again at {@code next}. */
	void settle(long id, int attempts, String state, Instant next) {
		jdbc.sql("update webhook_messages set state = ?, attempts = ?, next_attempt_at = ?, claimed_until = null where id = ?")
			.params(state, attempts, utc(next), id)
			.update();
	}

	/** Makes one of an endpoint's messages due now, whatever became of it; false when it has none of that id. */
	boolean redeliver(long webhookId, long id, Instant now) {
		return jdbc.sql("update webhook_messages set state = 'pending', next_attempt_at = ?, claimed_until = null "
				+ "where id = ? and webhook_id = ?")
			.params(utc(now), id, webhookId)
			.update() == 1;
	}

	/** An endpoint's latest attempts, newest first. */
	List<Delivery> deliveries(long webhookId, int limit) {
		return jdbc.sql("select a.id, m.id, m.message_id, m.type, a.attempt, a.attempted_at, a.succeeded, a.response_code, "
				+ "a.error from webhook_attempts a join webhook_messages m on m.id = a.message_id where m.webhook_id = ? "
				+ "order by a.attempted_at desc, a.id desc fetch first ? rows only")
			.params(webhookId, limit)
			.query((rs, n) -> new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getBoolean(7), rs.getObject(8, Integer.class),
					rs.getString(9)))
			.list();
	}

	/** Forgets messages (and their attempts) that were settled before {@code before}. */
	int forget(Instant before) {
		return jdbc.sql("delete from webhook_messages where state <> 'pending' and created_at < ?").param(utc(before))
			.update();
	}
}
